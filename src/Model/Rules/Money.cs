using WijkSim.Model.Parameters;
using WijkSim.Model.State;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 7, money: cash = income - costs; weeks of negative cash make a crisis, which
/// mobilises (De Ketel's petition, media, work visits; 002 l.1974-1995) when draagvlak is high and
/// leads to decline when it is low. Income diversity (1 - Herfindahl over sources) is what lets the
/// Voedseltuin survive the loss of one source (002 l.3745-3752).</summary>
public static class Money
{
    /// <summary>This week's costs: fixed costs, paid staff (<see cref="StaffPay"/>), rent, and activities.</summary>
    public static double WeeklyCosts(double fixedPerYear, double staffPayPerYear, double rentPerYear, double hours, double costPerHour) =>
        (fixedPerYear + staffPayPerYear + rentPerYear) / 52.0 + hours * costPerHour;

    /// <summary>Yearly pay of the staff: what formalisation asks for while the reserve is intact; below it, no
    /// more than the income of the past year leaves after fixed costs and rent. Staff of a neighbourhood organisation are paid "for the
    /// services they deliver" and "make many more hours than they invoice" (Jan Eef, 002 l.2240-2241,
    /// 2265-2267): when money is short they invoice less and keep working, so the organisation does not
    /// run into debt for its staff. ASSUMPTION: the same holds for every initiative's paid staff.
    /// While the cash is below zero they invoice nothing (twenty-fifth round, docs/model.md §6): paid the
    /// past year's smoothed income after costs, they took most of what could repay a debt, so a grant's gap
    /// in an election year left a debt that shrank slowly and never past zero, and eight weeks of it made a crisis.</summary>
    public static double StaffPay(double formalisation, double yearlyIncome, double cash, double fixedPerYear, double rentPerYear,
        FormalisationParameters f, MoneyParameters p)
    {
        double asked = AskedStaffPay(formalisation, f);
        if (cash >= p.ReserveYears * fixedPerYear) return asked;
        if (cash < 0) return 0.0;
        return Math.Min(asked, Math.Max(0.0, yearlyIncome - fixedPerYear - rentPerYear));
    }

    /// <summary>What the staff of an organisation this formal ask for in a year, before they cut their invoices.</summary>
    public static double AskedStaffPay(double formalisation, FormalisationParameters f) => f.StaffCostsPerYear * formalisation;

    /// <summary>This week's spending of the cash above the reserve.</summary>
    public static double SurplusSpending(double cash, double fixedPerYear, MoneyParameters p) =>
        p.SpendRate * Math.Max(0.0, cash - p.ReserveYears * fixedPerYear);

    /// <summary>Activities delivered this week (the collective good everyone in reach enjoys).</summary>
    public static double Output(double hours, double capacity, bool hasPlace, MoneyParameters p) =>
        hasPlace ? hours * capacity / p.HoursPerActivity : 0.0;

    /// <summary>Weeks in a row with negative cash, counting this week.</summary>
    public static int NegativeWeeks(double cash, int previous) => cash < 0 ? previous + 1 : 0;

    /// <summary>True once cash has been negative for the crisis period.</summary>
    public static bool InCrisis(int negativeWeeks, MoneyParameters p) => negativeWeeks >= p.CrisisWeeks;

    /// <summary>True if a crisis mobilises rather than leading to decline: broad support (a share of the
    /// residents in reach; ASSUMPTION, no seed line gives one), or a core that mobilises its networks
    /// because the crisis threatens its place. De Ketel: the finances fail, "De gemeente laat daarop weten
    /// het pand te willen ontruimen. Maar dan mobiliseren de medewerkers het zelfvertrouwen en de netwerken
    /// die zij gaandeweg hebben opgebouwd. Ze benaderen oud-bestuurders, onderzoekers, politici, ambtenaren,
    /// ..." (002 l.1964-1974), most of them outside the user base. A board whose own base is gone, with no
    /// place at stake, stops instead (Jan Eef, l.2290-2296). Seventeenth round, docs/model.md §6.</summary>
    public static bool Mobilises(int supporters, int reach, int core, bool placeThreatened, MoneyParameters p) =>
        (reach > 0 && (double)supporters / reach >= p.MobilisationSupport)
        || (placeThreatened && core >= p.MobilisationCore);

    /// <summary>Income diversity: 1 - sum of squared shares (0 = one source, 5/6 = six equal sources).</summary>
    public static double Diversity(in IncomeBySource income)
    {
        double total = income.Total;
        if (total <= 0) return 0.0;
        double herfindahl = 0;
        for (int s = 0; s < IncomeBySource.Count; s++)
        {
            double share = income[s] / total;
            herfindahl += share * share;
        }
        return 1.0 - herfindahl;
    }
}
