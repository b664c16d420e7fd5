namespace WijkSim.Model.Config;

/// <summary>A whole-number key that must be even. Declared on the record, so that the loader checks it
/// and the scenario JSON Schema says it (<c>multipleOf: 2</c>) from this one place.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EvenAttribute(string why) : Attribute
{
    /// <summary>Why it must be even, for the error message.</summary>
    public string Why { get; } = why;
}
