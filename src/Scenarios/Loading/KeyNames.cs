namespace WijkSim.Scenarios.Loading;

/// <summary>Scenario keys are the snake_case names of the configuration properties.</summary>
public static class KeyNames
{
    public static string ToSnakeCase(string pascal) => Model.Config.SnakeCase.Of(pascal);

    /// <summary>The closest known name to a mistyped one, or null if none is close.</summary>
    public static string? DidYouMean(string typed, IEnumerable<string> known)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            int d = Distance(typed.ToLowerInvariant(), name);
            if (d < bestDistance) { best = name; bestDistance = d; }
        }
        return best is not null && bestDistance <= Math.Max(2, typed.Length / 3) ? best : null;
    }

    /// <summary>Levenshtein edit distance (two-row dynamic programme); small enough not to need a package.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
