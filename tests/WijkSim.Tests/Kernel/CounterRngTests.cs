using WijkSim.Model.Random;

namespace WijkSim.Tests.Kernel;

public class CounterRngTests
{
    [Fact]
    public void The_same_coordinates_give_the_same_number_and_any_change_gives_another()
    {
        double u = CounterRng.Uniform(1, 7, 3, Purpose.Propensity);
        Assert.Equal(u, CounterRng.Uniform(1, 7, 3, Purpose.Propensity));
        Assert.NotEqual(u, CounterRng.Uniform(2, 7, 3, Purpose.Propensity));
        Assert.NotEqual(u, CounterRng.Uniform(1, 8, 3, Purpose.Propensity));
        Assert.NotEqual(u, CounterRng.Uniform(1, 7, 4, Purpose.Propensity));
        Assert.NotEqual(u, CounterRng.Uniform(1, 7, 3, Purpose.Awareness));
    }

    [Fact]
    public void Uniforms_are_in_the_unit_interval_with_mean_and_deciles_of_a_uniform()
    {
        const int n = 200_000;
        var deciles = new int[10];
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double u = CounterRng.Uniform(42, (ulong)i, i % 52, Purpose.Fading);
            Assert.InRange(u, 0.0, 0.9999999999999999);
            sum += u;
            deciles[(int)(u * 10)]++;
        }
        Assert.Equal(0.5, sum / n, 2);
        foreach (int count in deciles) Assert.InRange(count, n / 10 * 0.97, n / 10 * 1.03);
    }

    [Fact]
    public void Normals_have_mean_zero_and_unit_variance()
    {
        const int n = 100_000;
        double sum = 0, squares = 0;
        for (int i = 0; i < n; i++)
        {
            double z = CounterRng.Normal(5, (ulong)i, 0, Purpose.TraitMotivation);
            sum += z;
            squares += z * z;
        }
        Assert.Equal(0, sum / n, 1);
        Assert.Equal(1, squares / n, 1);
    }
}
