namespace WijkSim.Model.Rules;

/// <summary>An initiative's own revenue in a week (mechanism 7): from its members (customers, sales to supporters)
/// and, where a scenario sets it, from the activities it delivers (docs/model-equations.md §4.17).</summary>
public static class OwnRevenue
{
    /// <summary>members · perMember + output · perActivity. With perActivity 0 (every shipped case) the second term
    /// adds an exact zero, so the income is bit for bit what the members' term alone gives.</summary>
    public static double Weekly(int members, double perMember, double output, double perActivity) =>
        members * perMember + output * perActivity;
}
