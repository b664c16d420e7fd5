using WijkSim.Model.Config;

namespace WijkSim.Model.State;

/// <summary>The municipality's current agreement with one initiative (levers and pending decisions).</summary>
public struct AgreementState
{
    public bool Exists;
    public Stance Stance;
    public int DecisionLagWeeks;
    public double BusinessCaseThreshold;

    // Subsidy
    public SubsidySchedule Schedule;
    public double BaseAmountPerYear;
    public double TaperPerYear;
    public int TermYears;
    public int GrantStartWeek;
    /// <summary>Week the running grant ends (exclusive), or -1 if none runs.</summary>
    public int GrantEndWeek;
    /// <summary>Week a pending renewal decision falls, or -1.</summary>
    public int DecisionWeek;
    /// <summary>Years of subsidy granted so far (tapering counts from here).</summary>
    public int GrantYears;
    /// <summary>True if the subsidy now carries the conditions of a shifted agenda.</summary>
    public bool AgendaConditions;

    // Lease
    public bool HasLease;
    public double RentPerYear;
    public bool LeaseEssential;
    public int LeaseTermYears;
    public int LeaseEndWeek;
    public int LeaseDecisionWeek;
    public bool LeaseLost;
    /// <summary>How often the municipality has renewed the lease (MunicipalityStep.Lease, or a lease_extension
    /// event on a running lease).</summary>
    public int LeaseRenewals;
    /// <summary>It leases a place it cannot do without and has not lost it (the lease held or its renewal
    /// awaited): De Ketel's building, the Voedseltuin's plot. Read by the crisis's mobilisation and by
    /// Rules/PlaceManagers.cs.</summary>
    public readonly bool InEssentialPlace => HasLease && LeaseEssential && !LeaseLost;
    /// <summary>A place the municipality has secured beyond its first term and not refused since: a durable
    /// position in the field, which makes a growing group established (Rules/Lifecycle.cs).</summary>
    public readonly bool DurablePosition => LeaseRenewals > 0 && !LeaseLost;

    // Re-integration
    public bool ReintegrationRunning;
    public int Placements;
    public double PaymentPerPlacementYear;
    public double PlacementHours;
}
