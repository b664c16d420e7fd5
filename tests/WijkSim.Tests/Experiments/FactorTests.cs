using WijkSim.Experiments.Design;

namespace WijkSim.Tests.Experiments;

public class FactorTests
{
    private const string Lag = "municipality.agreements[0].decision_lag_weeks";

    [Fact]
    public void An_entry_of_a_list_of_whole_numbers_is_a_whole_number_and_is_rounded()
    {
        // robustness moves a fund's decision week (windows: [10, 36]) by 10%: 10.8 must be written as 11,
        // not refused by the scenario binder as "expected a whole number" (the twenty-seventh round's run).
        Assert.Equal(ValueKind.WholeNumber, ParameterKeys.KindOf("funders[0].windows[1]"));
        Assert.Equal(ValueKind.Other, ParameterKeys.KindOf("funders[0].windows"));
        Assert.Equal("11", new Factor("funders[0].windows[0]", null, 0, 1, null, ParameterKeys.KindOf("funders[0].windows[0]")).Format(10.8));
    }

    [Fact]
    public void A_list_keeps_its_values_in_order_and_a_range_with_steps_spreads_them_evenly()
    {
        var list = Factor.Parse($"{Lag}=26,4,12");
        Assert.Equal(["26", "4", "12"], list.GridValues());

        var range = Factor.Parse("initiatives[0].transparency=0.2:1:5");
        Assert.Equal(["0.2", "0.4", "0.6000000000000001", "0.8", "1"], range.GridValues());
    }

    [Fact]
    public void Whole_number_keys_are_rounded_and_duplicates_from_rounding_are_dropped()
    {
        var lag = Factor.Parse($"{Lag}=0:3:7");
        Assert.Equal(ValueKind.WholeNumber, lag.Kind);
        Assert.Equal(["0", "1", "2", "3"], lag.GridValues());
        Assert.Equal("2", lag.At(0.5)); // 1.5 rounds away from zero
    }

    [Fact]
    public void A_level_is_chosen_by_the_slice_of_the_unit_interval_it_covers()
    {
        var stance = Factor.Parse("municipality.agreements[0].stance=partner,provider");
        Assert.Equal("partner", stance.At(0.0));
        Assert.Equal("partner", stance.At(0.49));
        Assert.Equal("provider", stance.At(0.5));
        Assert.Equal("provider", stance.At(1.0));
    }

    [Theory]
    [InlineData("decision_lag_weeks", "expected key=v1,v2")]
    [InlineData("=1,2", "expected key=v1,v2")]
    [InlineData("key=", "the list of values is empty")]
    [InlineData("key=1,,2", "one of the values is empty")]
    [InlineData("key=1,2,1", "listed twice")]
    [InlineData("key=5:1:3", "expected lo < hi")]
    [InlineData("key=a:b", "expected numbers for lo and hi")]
    [InlineData("key=0:1:1", "steps of at least 2")]
    [InlineData("key=0:1:2:3", "expected a range lo:hi or lo:hi:steps")]
    [InlineData("municipality.agreements[0].stance=0:1", "does not hold a number")]
    public void Malformed_arguments_name_the_option_the_text_and_the_problem(string text, string problem)
    {
        var e = Assert.Throws<DesignError>(() => Factor.Parse(text));
        Assert.StartsWith($"--vary {text}: ", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void A_grid_of_a_range_without_steps_asks_for_them()
    {
        var e = Assert.Throws<DesignError>(() => Factor.Parse("initiatives[0].transparency=0.2:1").GridValues());
        Assert.Contains("needs the number of steps", e.Message);
    }
}
