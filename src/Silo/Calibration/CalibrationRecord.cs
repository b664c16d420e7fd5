using WijkSim.Experiments.Calibration;
using WijkSim.Scenarios;
using WijkSim.Silo.Commands;

namespace WijkSim.Silo.Calibration;

/// <summary>Everything a calibration's outputs report: what was fitted, to what, how, and the result.</summary>
public sealed record CalibrationRecord(
    LoadedScenario Scenario, string TargetsPath, IReadOnlyList<CalibrationTarget> Targets, IReadOnlyList<CalibrationParameter> Parameters,
    AbcSettings Method, ExperimentSettings Settings, AbcResult Result, string Command, DateTime StartedUtc)
{
    public IReadOnlyList<PosteriorSummary> Posterior => PosteriorSummary.Of(Result.Posterior, Parameters);
}
