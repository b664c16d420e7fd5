using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>Ordinary command-line mistakes get one paragraph naming the option, exit 2 (3 for an
/// unusable output folder), no .NET type name, no stack trace and no help dump (issue 16, bug 5).</summary>
public class CommandLineMistakeTests
{
    [Theory]
    [InlineData("--seed", "99999999999999999999")]
    [InlineData("--weeks", "99999999999")]
    [InlineData("--seed", "seven")]
    public void A_value_that_does_not_fit_its_option_names_the_option_and_exits_2(string option, string value)
    {
        var result = CliProcess.Run(Repo.TempFolder("cli-mistake"), "run", Repo.Scenario("baseline.yaml"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Err);
        Assert.Contains("expected a whole number", result.Err);
        Assert.DoesNotContain("System.", result.Err);
        Assert.DoesNotContain("Usage:", result.Err + result.Out);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public void Schema_targets_without_json_names_the_option_and_exits_2()
    {
        // Thirty-sixth session: `schema` was the one command outside CliErrors.Guard, so this mistake (and a
        // bad story file read by --targets) printed a stack trace and exited with the runtime's code.
        var result = CliProcess.Run(Repo.TempFolder("cli-mistake"), "schema", "--targets");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--targets", result.Err);
        Assert.Contains("add --json", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public void Replications_beyond_a_whole_number_are_refused_naming_the_option()
    {
        var result = CliProcess.Run(Repo.TempFolder("cli-mistake"), "sweep", Repo.Scenario("baseline.yaml"), "--replications", "99999999999");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--replications", result.Err);
        Assert.DoesNotContain("System.", result.Err);
    }

    [Fact]
    public void A_list_index_too_large_for_any_list_names_the_key_not_an_overflow()
    {
        var result = CliProcess.Run(Repo.TempFolder("cli-mistake"), "validate", Repo.Scenario("baseline.yaml"), "--set", "initiatives[99999999999].cash=3");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("initiatives[99999999999]", result.Err);
        Assert.DoesNotContain("internal error", result.Err);
    }

    [Fact]
    public void An_empty_output_folder_name_is_an_unusable_output_folder()
    {
        var result = CliProcess.Run(Repo.TempFolder("cli-mistake"), "run", Repo.Scenario("baseline.yaml"), "--weeks", "2", "--out", "");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--out", result.Err);
        Assert.DoesNotContain("internal error", result.Err);
    }
}

/// <summary><c>serve</c> with an address it cannot use says so in one paragraph (issue 16, bug 6).</summary>
public class ServeAddressTests
{
    [Fact]
    public void A_malformed_address_is_refused_naming_the_option_without_a_stack_trace()
    {
        var result = CliProcess.Run(Repo.TempFolder("serve-urls"), "serve", Repo.Scenario("baseline.yaml"), "--urls", "notaurl");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--urls", result.Err);
        Assert.DoesNotContain("   at ", result.Err + result.Out);
        Assert.DoesNotContain("internal error", result.Err);
    }

    [Fact]
    public void A_port_in_use_is_refused_naming_it_without_a_stack_trace()
    {
        var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            int port = ((System.Net.IPEndPoint)busy.LocalEndpoint).Port;
            var result = CliProcess.Run(Repo.TempFolder("serve-urls"), "serve", Repo.Scenario("baseline.yaml"), "--urls", $"http://127.0.0.1:{port}");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("in use", result.Err);
            Assert.DoesNotContain("   at ", result.Err + result.Out);
        }
        finally
        {
            busy.Stop();
        }
    }
}

/// <summary>A port taken after <c>serve</c> checked it and before Kestrel binds it (another program
/// starting at the same moment: CI once saw "serve exited with 1") is the same usage error.</summary>
public class PortTakenAfterTheCheckTests
{
    [Fact]
    public async Task Kestrel_s_bind_failure_becomes_the_usage_error_naming_urls()
    {
        var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            string urls = $"http://127.0.0.1:{((System.Net.IPEndPoint)busy.LocalEndpoint).Port}";
            var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder();
            Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseUrls(builder.WebHost, urls);
            await using var app = builder.Build();
            var e = await Assert.ThrowsAsync<WijkSim.Silo.Commands.UsageError>(() => WijkSim.Silo.Commands.ListenAddresses.Start(app, urls));
            Assert.StartsWith("--urls", e.Message);
            Assert.Contains("port is in use", e.Message);
        }
        finally
        {
            busy.Stop();
        }
    }
}

/// <summary>The staging folder a killed command left behind is removed by the next command into the
/// folder (issue 16: an interrupted run left .staging-* for good).</summary>
public class AbandonedStagingTests
{
    [Fact]
    public void The_next_run_removes_the_staging_folder_of_a_process_that_is_gone_and_keeps_a_live_ones()
    {
        string dir = Repo.TempFolder("staging");
        string output = Path.Combine(dir, "out");
        string abandoned = Path.Combine(output, ".staging-999999999-0123456789abcdef");
        string live = Path.Combine(output, $".staging-{Environment.ProcessId}-fedcba9876543210");
        Directory.CreateDirectory(abandoned);
        Directory.CreateDirectory(live);
        File.WriteAllText(Path.Combine(abandoned, "weekly.csv"), "half written");
        var result = CliProcess.Run(dir, "run", Repo.Scenario("baseline.yaml"), "--weeks", "3", "--no-plots", "--out", "out");
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.False(Directory.Exists(abandoned), "the abandoned staging folder is still there");
        Assert.True(Directory.Exists(live), "a running process's staging folder was removed");
        Assert.True(File.Exists(Path.Combine(output, "weekly.csv")));
    }
}
