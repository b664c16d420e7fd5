using System.Text;

namespace WijkSim.Model.Config;

/// <summary>Scenario keys and event types are the snake_case names of properties and enum members:
/// <c>BenefitSafety</c> is <c>benefit_safety</c>.</summary>
public static class SnakeCase
{
    public static string Of(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
