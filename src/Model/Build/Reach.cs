namespace WijkSim.Model.Build;

/// <summary>Which residents are within an initiative's reach: the arc of the neighbourhood ring
/// nearest its centre. Shared by the world builder and the scenario validator.</summary>
public static class Reach
{
    /// <summary>Residents in reach.</summary>
    public static int Count(int residents, double share) => (int)Math.Round(share * residents, MidpointRounding.AwayFromZero);

    /// <summary>The residents in reach, nearest the centre first (ties: lower id first).</summary>
    public static int[] Members(int residents, double centre, double share)
    {
        int count = Count(residents, share);
        int c = (int)Math.Round(centre * residents, MidpointRounding.AwayFromZero) % residents;
        var members = new int[count];
        int filled = 0;
        for (int d = 0; filled < count; d++)
        {
            int below = ((c - d) % residents + residents) % residents;
            int above = (c + d) % residents;
            int first = Math.Min(below, above), second = Math.Max(below, above);
            members[filled++] = first;
            if (second != first && filled < count) members[filled++] = second;
        }
        return members;
    }
}
