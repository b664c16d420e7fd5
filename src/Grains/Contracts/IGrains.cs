namespace WijkSim.Grains.Contracts;

/// <summary>The clock of one live simulation (key: session id). Each week: lever changes from the
/// municipality, events, the municipality, each funder, every resident (through partitions), every
/// initiative, then the neighbourhood; a barrier (await) between phases.</summary>
public interface ISimulationGrain : IGrainWithStringKey
{
    Task<ClockState> Create(SessionSpec spec);
    Task<ClockState> GetState();
    Task<ClockState> Start();
    Task<ClockState> Pause();
    /// <summary>Simulates up to <paramref name="weeks"/> weeks (fewer at the horizon).</summary>
    Task<ClockState> Step(int weeks);
    /// <summary>Runs at the current speed and pauses by itself once week <paramref name="week"/> is
    /// simulated: "pause at the next event" and "run to a date" on the workshop page (issue 15).</summary>
    Task<ClockState> RunUntil(int week);
    /// <summary>Weeks per second while running; refused outside 0.1..100 with a reason.</summary>
    Task<ClockState> SetSpeed(double weeksPerSecond);
    /// <summary>Back to week 0 of the same scenario and seed; lever history cleared.</summary>
    Task<ClockState> Reset();
    Task<RecordsPage> GetRecords(int fromWeek);
    Task<LeverRecord[]> GetLeverLog();
    Task<SessionSpec> GetSpec();
    /// <summary>The residents' social network (fixed for a session), for the workshop page.</summary>
    Task<NetworkView> GetNetwork();
    /// <summary>Each resident's highest role this week over all initiatives (Model.State.Role as bytes).</summary>
    Task<byte[]> GetRoles();
    /// <summary>Ends the session for good: stops the clock, deletes its saved state and lets every grain of
    /// the session and its silos' copies of the world go, so a dropped fork or replaced session frees
    /// its memory (issue 16). A later call starts from nothing.</summary>
    Task Close();
}

/// <summary>A grain of a session that can be let go when the session closes: it forgets the session's
/// copy of the world on its silo and deactivates.</summary>
public interface ISessionPart
{
    Task Retire();
}

/// <summary>The municipality of a session (key: session id): takes lever changes, runs its weekly phase.</summary>
public interface IMunicipalityGrain : IGrainWithStringKey, ISessionPart
{
    Task Init(SessionSpec spec, int week);
    /// <summary>Validates a change; an accepted change applies from the next week boundary.</summary>
    Task<LeverOutcome> ChangeLever(LeverChange change);
    /// <summary>The accepted changes numbered after <paramref name="appliedUpTo"/>, in the order they
    /// came, dated <paramref name="week"/>; those up to <paramref name="appliedUpTo"/> are forgotten.</summary>
    Task<PendingLevers> TakePending(int week, long appliedUpTo);
    Task<byte[]> Step(SessionSpec spec, byte[] institutions);
}

/// <summary>One funder of a session (key: "session/index").</summary>
public interface IFunderGrain : IGrainWithStringKey, ISessionPart
{
    Task<byte[]> Step(SessionSpec spec, byte[] institutions);
}

/// <summary>One initiative of a session (key: "session/index"): closes its week from all residents' results.</summary>
public interface IInitiativeGrain : IGrainWithStringKey, ISessionPart
{
    Task<byte[]> Close(SessionSpec spec, WeekSnapshot afterResidents);
}

/// <summary>A contiguous range of residents of a session (key: "session/index"): installs the week's
/// snapshot on its silo once, asks each of its resident grains to decide, returns their results.</summary>
public interface IPartitionGrain : IGrainWithStringKey
{
    Task<byte[]> Step(SessionSpec spec, WeekSnapshot beforeResidents, int from, int to);
    /// <summary>Retires its residents <paramref name="from"/> to <paramref name="to"/> and itself.</summary>
    Task Retire(int from, int to);
}

/// <summary>One resident of a session (key: "session/id").</summary>
public interface IResidentGrain : IGrainWithStringKey, ISessionPart
{
    /// <summary>Decides this week from the snapshot installed on this silo by the partition whose
    /// activation has <paramref name="partition"/> as token; refuses (and moves) if that partition
    /// is not on this silo.</summary>
    Task Step(int week, long partition);
    Task<ResidentView> GetView();
}

/// <summary>A resident's latest state, for inspection.</summary>
[GenerateSerializer, Immutable]
public sealed record ResidentView(
    [property: Id(0)] int Resident,
    [property: Id(1)] int Week,
    [property: Id(2)] byte[] Roles,
    [property: Id(3)] double[] Trust,
    [property: Id(4)] double TrustMunicipality);
