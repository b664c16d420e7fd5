namespace WijkSim.Grains;

/// <summary>The clock of one live simulation (keyed by session name). Each week it runs the phases
/// of <see cref="Model.Kernel.WeeklyStep"/> with a barrier between them: institutions first, then
/// every resident on the immutable snapshot of week t-1, then the initiatives.</summary>
/// <remarks>Interface only: the live hosting is built in the live-mode issue (#5). It is declared
/// here so that the host, the HTTP API and the workshop page can be designed against one contract.</remarks>
public interface ISimulationGrain : IGrainWithStringKey
{
    Task<ClockState> GetState();
    Task Start();
    Task Pause();
    /// <summary>Simulates exactly one week and returns the new state.</summary>
    Task<ClockState> Step();
}
