using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>Words for the workshop's audience, in Dutch and in English (issue 15: "Dutch first"). The
/// room reads these; the research notes (seed lines, ASSUMPTION) stay in <c>description</c> and the
/// events' <c>label</c>, which the page shows only behind a "bron" tip. Dutch is required, English
/// falls back to Dutch.</summary>
public sealed record PlainText
{
    [Description("in Dutch, in plain words for a room of residents, civil servants and funders (no seed references)")]
    [Required] public string Nl { get; init; } = "";

    [Description("in English (optional: the page shows the Dutch text when it is missing)")]
    public string En { get; init; } = "";
}
