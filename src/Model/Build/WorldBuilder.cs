using WijkSim.Model.Config;
using WijkSim.Model.Levers;
using WijkSim.Model.Kernel;
using WijkSim.Model.Random;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Model.Build;

/// <summary>Builds week 0 of a world from a validated configuration and a seed.</summary>
public static class WorldBuilder
{
    /// <summary>A world at a later week: the fixed part (traits, network, reach) built from the
    /// configuration and seed, the changing part from <see cref="WorldCodec"/> bytes of the institutions
    /// and of the residents' current buffer. How a checkpoint resumes and a live clock comes back.</summary>
    public static World Restore(ModelConfig config, ulong seed, byte[] institutions, byte[] residents)
    {
        var world = Build(config, seed);
        WorldCodec.DecodeInstitutions(world, institutions);
        WorldCodec.DecodeResidents(world, world.Now, 0, world.Residents, residents);
        return world;
    }

    public static World Build(ModelConfig config, ulong seed)
    {
        int n = config.Population.Residents;
        int k = config.Initiatives.Count;
        if (n < 1) throw new ArgumentException("a world needs at least one resident", nameof(config));

        var traits = DrawTraits(config.Population, n, seed);
        var network = SmallWorld.Build(n, config.Network.Degree, config.Network.Rewiring, seed);
        var inReach = new bool[n * k];
        var placed = new bool[n * k];
        var reachCount = new int[k];
        var shopkeepers = new int[k];
        var reachOrder = new int[k][];
        for (int j = 0; j < k; j++)
        {
            var reach = config.Initiatives[j].Reach;
            reachOrder[j] = Reach.Members(n, reach.Centre, reach.Share);
            reachCount[j] = reachOrder[j].Length;
            foreach (int i in reachOrder[j])
            {
                inReach[i * k + j] = true;
                if (traits.Shopkeeper[i]) shopkeepers[j]++;
            }
        }

        var index = config.Initiatives.Select((c, j) => (c.Id, j)).ToDictionary(x => x.Id, x => x.j);
        var elections = config.Municipality.Elections.Select(config.WeekOf).Order().ToArray();
        var events = config.Events
            .Select((e, order) => (e, order))
            .OrderBy(x => config.WeekOf(x.e.Date)).ThenBy(x => x.order)
            .Select(x => ScheduledEvents.From(config, x.e))
            .ToArray();

        var world = new World(config, seed, traits, network, inReach, placed, reachCount, shopkeepers, elections, events);
        foreach (var lever in EventCatalogue.WorldLevers) world.SetLever(lever.Kind, lever.Start!(config));
        SeedResidents(world, reachOrder);
        for (int j = 0; j < k; j++) world.Initiatives[j] = InitialInitiative(config.Initiatives[j], world);
        // An initiative without an agreement has none yet, but the terms an agreement gets by default: an event
        // that makes one (a stance, a subsidy, a lease) then starts a grant of a year, not of 0 years.
        for (int j = 0; j < k; j++) world.Agreements[j] = InitialAgreement(new AgreementConfig { Initiative = config.Initiatives[j].Id }) with { Exists = false };
        foreach (var agreement in config.Municipality.Agreements)
        {
            int j = index[agreement.Initiative];
            world.Agreements[j] = InitialAgreement(agreement);
            if (agreement.Reintegration is { } r)
                world.Agreements[j].Placements = PlaceVolunteers(world, j, reachOrder[j], r.Placements); // paid per resident actually placed
        }
        for (int f = 0; f < world.FunderCount; f++)
            for (int j = 0; j < k; j++) world.FunderLinks[f * k + j] = new FunderLink { PayFromWeek = -1, PayUntilWeek = -1 };
        for (int j = 0; j < k; j++)
        {
            InitiativeStep.Aggregate(world, j, world.Now);
            // A group starts at the scale its founders planned: it begins to sense too many or too few hands
            // as the weeks go by (the memory), not all at once in its first week.
            world.Initiatives[j].HandsLately = WorkNeed.Hands(config.Initiatives[j].Founders, world.Rules.Participation);
        }
        world.Next.CopyFrom(world.Now);
        return world;
    }

    private static ResidentTraits DrawTraits(PopulationConfig p, int n, ulong seed)
    {
        var t = new ResidentTraits(n);
        for (int i = 0; i < n; i++)
        {
            ulong a = (ulong)i;
            t.Motivation[i] = p.CivicMotivation.FromNormal(CounterRng.Normal(seed, a, 0, Purpose.TraitMotivation));
            t.TimeBudget[i] = p.TimeBudgetHours.FromNormal(CounterRng.Normal(seed, a, 0, Purpose.TraitTimeBudget));
            t.Sociability[i] = p.Sociability.FromNormal(CounterRng.Normal(seed, a, 0, Purpose.TraitSociability));
            t.PastCollaboration[i] = p.PastCollaboration.FromNormal(CounterRng.Normal(seed, a, 0, Purpose.TraitPastCollaboration));
            t.PastInstitutions[i] = p.PastInstitutions.FromNormal(CounterRng.Normal(seed, a, 0, Purpose.TraitPastInstitutions));
            t.OnBenefits[i] = CounterRng.Uniform(seed, a, 0, Purpose.TraitBenefits) < p.BenefitsShare;
            t.EntrepreneurialWish[i] = t.OnBenefits[i] && CounterRng.Uniform(seed, a, 0, Purpose.TraitEntrepreneurialWish) < p.EntrepreneurialWishShare;
            t.Shopkeeper[i] = CounterRng.Uniform(seed, a, 0, Purpose.TraitShopkeeper) < p.ShopkeeperShare;
        }
        return t;
    }

    private static void SeedResidents(World w, int[][] reachOrder)
    {
        var trust = w.Rules.Trust;
        int k = w.InitiativeCount;
        var now = w.Now;
        for (int i = 0; i < w.Residents; i++)
        {
            now.TrustMunicipality[i] = Rules.Trust.Initial(trust.InitialMunicipality, w.Traits.PastInstitutions[i], trust);
            for (int j = 0; j < k; j++)
            {
                int idx = i * k + j;
                now.Trust[idx] = Rules.Trust.Initial(trust.InitialInitiative, w.Traits.PastCollaboration[i], trust);
                now.Fun[idx] = 0.5 * w.Traits.Sociability[i];
            }
        }
        for (int j = 0; j < k; j++)
        {
            var c = w.Config.Initiatives[j];
            var order = reachOrder[j];
            for (int r = 0; r < order.Length && r < c.Founders + c.Supporters; r++)
            {
                int i = order[r];
                now.Role[i * k + j] = r < c.Founders ? Role.Core : Role.Passive;
                if (r >= c.Founders) continue;
                w.Founder[i * k + j] = true;
                var p = w.Rules.Participation;
                w.Traits.Motivation[i] = Math.Max(w.Traits.Motivation[i], p.FounderMotivation);
                w.Traits.TimeBudget[i] = Math.Max(w.Traits.TimeBudget[i], p.FounderHours);
            }
        }
    }

    private static int PlaceVolunteers(World w, int j, int[] reachOrder, int placements)
    {
        int placed = 0;
        foreach (int i in reachOrder)
        {
            if (placed >= placements) break;
            if (!w.Traits.OnBenefits[i]) continue;
            w.Placed[i * w.InitiativeCount + j] = true;
            placed++;
        }
        return placed;
    }

    private static InitiativeState InitialInitiative(InitiativeConfig c, World w) => new()
    {
        Phase = c.Phase,
        EndedWeek = c.Phase == Phase.Ended ? 0 : -1,
        Cash = c.Cash,
        // A new organisation starts with its base intact: the board judges it once income has come in.
        RecentOtherIncome = StableBase.NeedsPerYear(c.FixedCostsPerYear, 0.0, c.Formalisation, w.Rules.Formalisation),
        HasPlace = true,
        Urgency = c.Urgency,
        Formalisation = c.Formalisation,
        FormalisationTarget = c.Formalisation,
        Transparency = c.Transparency,
        Recognition = c.Recognition,
        EntryThreshold = c.EntryThreshold,
        VisibleContribution = c.VisibleContribution,
        BoardSteering = c.BoardSteering,
        AgendaAlignment = c.AgendaAlignment,
        SplitGroupSize = c.SplitGroupSize,
        SocialControl = 1.0,
        // An organisation that is formal at the start has a board with its full grip already.
        BoardGrip = c.Formalisation * c.BoardSteering,
        Autonomy = Formalisation.Autonomy(c.Formalisation * c.BoardSteering, w.Rules.Formalisation),
        RoomYesShare = -1,
        BizFromWeek = -1,
        BizUntilWeek = -1,
        BizNextFromWeek = -1,
    };

    private static AgreementState InitialAgreement(AgreementConfig a)
    {
        var s = new AgreementState
        {
            Exists = true,
            Stance = a.Stance,
            DecisionLagWeeks = a.DecisionLagWeeks,
            BusinessCaseThreshold = a.BusinessCaseThreshold,
            Schedule = a.Subsidy?.Schedule ?? SubsidySchedule.None,
            BaseAmountPerYear = a.Subsidy?.AmountPerYear ?? 0,
            TaperPerYear = a.Subsidy?.TaperPerYear ?? 0,
            TermYears = a.Subsidy?.TermYears ?? 1,
            GrantStartWeek = 0,
            GrantEndWeek = a.Subsidy is { Schedule: not SubsidySchedule.None } sub ? 52 * sub.TermYears : -1,
            DecisionWeek = -1,
            LeaseEndWeek = -1,
            LeaseDecisionWeek = -1,
        };
        if (a.Lease is { } lease)
        {
            s.HasLease = true;
            s.RentPerYear = lease.RentPerYear;
            s.LeaseEssential = lease.Essential;
            s.LeaseTermYears = lease.TermYears;
            s.LeaseEndWeek = 52 * lease.TermYears;
        }
        if (a.Reintegration is { } r)
        {
            s.ReintegrationRunning = true;
            s.PaymentPerPlacementYear = r.PaymentPerPlacementYear;
            s.PlacementHours = r.HoursPerWeek;
        }
        return s;
    }
}
