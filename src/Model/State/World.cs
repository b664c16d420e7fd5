using WijkSim.Model.Config;
using WijkSim.Model.Parameters;

namespace WijkSim.Model.State;

/// <summary>The whole simulated neighbourhood: fixed structure (traits, network, reach), the two
/// resident buffers, and the institutions. Built by <see cref="Build.WorldBuilder"/>, advanced by
/// <see cref="Kernel.WeeklyStep"/>.</summary>
public sealed class World
{
    internal World(ModelConfig config, ulong seed, ResidentTraits traits, Network network, bool[] inReach, bool[] placed,
        int[] reachCount, int[] shopkeepersInReach, int[] electionWeeks, ScheduledEvent[] events)
    {
        Config = config;
        Rules = config.Rules;
        Seed = seed;
        Residents = traits.Motivation.Length;
        InitiativeCount = config.Initiatives.Count;
        FunderCount = config.Funders.Count;
        Traits = traits;
        Network = network;
        InReach = inReach;
        Placed = placed;
        Founder = new bool[placed.Length];
        ReachCount = reachCount;
        ShopkeepersInReach = shopkeepersInReach;
        ElectionWeeks = electionWeeks;
        Events = events;
        Now = new ResidentBuffer(Residents, InitiativeCount);
        Next = new ResidentBuffer(Residents, InitiativeCount);
        Initiatives = new InitiativeState[InitiativeCount];
        Agreements = new AgreementState[InitiativeCount];
        Funders = new FunderState[FunderCount];
        FunderLinks = new FunderLink[FunderCount * InitiativeCount];
        FunderConfigs = config.Funders.ToArray();
        FunderActiveFromWeek = config.Funders.Select(f => f.ActiveFrom is { } d ? config.WeekOf(d) : 0).ToArray();
    }

    public ModelConfig Config { get; }
    public RuleParameters Rules { get; }
    public ulong Seed { get; }
    public int Residents { get; }
    public int InitiativeCount { get; }
    public int FunderCount { get; }

    public ResidentTraits Traits { get; }
    public Network Network { get; }
    /// <summary>Resident i is in reach of initiative k: index i*K+k.</summary>
    public bool[] InReach { get; }
    /// <summary>Resident i is a re-integration placement at initiative k: index i*K+k.</summary>
    public bool[] Placed { get; }
    /// <summary>Resident i is one of the founders of initiative k: index i*K+k (set once, at week 0).</summary>
    public bool[] Founder { get; }
    public int[] ReachCount { get; }
    public int[] ShopkeepersInReach { get; }
    public int[] ElectionWeeks { get; }
    public ScheduledEvent[] Events { get; }

    /// <summary>Residents' state at the end of last week (read by rules).</summary>
    public ResidentBuffer Now { get; private set; }
    /// <summary>Residents' state being written for this week.</summary>
    public ResidentBuffer Next { get; private set; }

    public InitiativeState[] Initiatives { get; }
    public AgreementState[] Agreements { get; }
    public FunderState[] Funders { get; }
    public FunderConfig[] FunderConfigs { get; }
    public int[] FunderActiveFromWeek { get; }
    /// <summary>Funder f's link with initiative k: index f*K+k.</summary>
    public FunderLink[] FunderLinks { get; }

    /// <summary>The value of a neighbourhood-wide lever (declared in <see cref="Levers.EventCatalogue"/> with a
    /// start value): set by its events and live changes, read by the rules.</summary>
    public double Lever(EventKind kind) => _levers[(int)kind];

    /// <summary>A lever that is off (0) or on (1): on from 0.5.</summary>
    public bool IsOn(EventKind kind) => _levers[(int)kind] >= 0.5;

    public void SetLever(EventKind kind, double value) => _levers[(int)kind] = value;

    // One slot per event kind, so that a new lever needs no field here, in the copy or in the codec.
    private readonly double[] _levers = new double[Enum.GetValues<EventKind>().Length];
    internal double[] LeverSlots => _levers;

    /// <summary>The world's changing scalars in one struct, so that the copy and the codec take them
    /// whole: a new scalar is a field here and a property below, nothing else.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    internal struct ScalarState
    {
        public int Week, NextEvent, FrozenUntilWeek, Entrepreneurs;
        public bool ElectionThisWeek;
        public double MunicipalityTrustMean, ParticipationRate;
    }
    internal ScalarState Scalars;

    /// <summary>An election event or lever asked for an election this week.</summary>
    public bool ElectionThisWeek { get => Scalars.ElectionThisWeek; set => Scalars.ElectionThisWeek = value; }
    /// <summary>Lever changes waiting for the week they apply in (after that week's scenario events).</summary>
    public List<ScheduledEvent> PendingLevers { get; } = new(8);
    /// <summary>No municipal decisions before this week (settling in after an election).</summary>
    public int FrozenUntilWeek { get => Scalars.FrozenUntilWeek; set => Scalars.FrozenUntilWeek = value; }

    /// <summary>The week the next step will simulate (0-based).</summary>
    public int Week { get => Scalars.Week; set => Scalars.Week = value; }
    public int NextEvent { get => Scalars.NextEvent; set => Scalars.NextEvent = value; }

    public double MunicipalityTrustMean { get => Scalars.MunicipalityTrustMean; set => Scalars.MunicipalityTrustMean = value; }
    public double ParticipationRate { get => Scalars.ParticipationRate; set => Scalars.ParticipationRate = value; }
    /// <summary>Residents on benefits who run their own business (resident or social entrepreneurs).</summary>
    public int Entrepreneurs { get => Scalars.Entrepreneurs; set => Scalars.Entrepreneurs = value; }

    internal void SwapBuffers() => (Now, Next) = (Next, Now);

    /// <summary>Makes this world's changing state equal to <paramref name="source"/>'s, without
    /// allocating. Both must be built from the same configuration and seed (the fixed structure,
    /// traits, network and reach, is not copied). Used to restore a snapshot: benchmarks replay the
    /// same year, and forks of a running session start from the same week.</summary>
    public void CopyStateFrom(World source)
    {
        if (source.Residents != Residents || source.InitiativeCount != InitiativeCount || source.FunderCount != FunderCount || source.Seed != Seed)
            throw new ArgumentException("worlds differ in structure or seed", nameof(source));
        Now.CopyFrom(source.Now);
        Next.CopyFrom(source.Next);
        source.Initiatives.CopyTo(Initiatives, 0);
        source.Agreements.CopyTo(Agreements, 0);
        source.Funders.CopyTo(Funders, 0);
        source.FunderLinks.CopyTo(FunderLinks, 0);
        source._levers.CopyTo(_levers, 0);
        Scalars = source.Scalars;
        PendingLevers.Clear();
        PendingLevers.AddRange(source.PendingLevers);
    }
}
