namespace WijkSim.Model.Config;

/// <summary>Kinds of funders (model.md, Funder).</summary>
public enum FunderKind : byte
{
    /// <summary>A charitable fund: application windows, criteria, favours the new.</summary>
    Fund = 0,
    /// <summary>A company that may adopt a recurring sponsorship (Voedseltuin food circles).</summary>
    Company = 1,
    /// <summary>Crowdfunding by residents: passive supporters give small amounts.</summary>
    Crowd = 2,
}
