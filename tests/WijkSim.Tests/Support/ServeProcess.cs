using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using WijkSim.Silo.Hosting;

namespace WijkSim.Tests.Support;

/// <summary><c>wijksim serve</c> in a child process on a free loopback port, with a known facilitator
/// token, and an HTTP client that may send it.</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    public const string Token = "facilitator42";
    private readonly Process _process;

    private ServeProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Lines the server has printed so far (stdout and stderr), and the stack-trace frames among them.</summary>
    public PrintedLines Printed { get; } = new();

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };
    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public static Task<ServeProcess> Start(string scenario, params string[] more) =>
        StartProgram(Path.Combine(AppContext.BaseDirectory, "wijksim.dll"), scenario, more);

    /// <summary>Serves with another build of wijksim (a copy of the repository a guide's test changed).</summary>
    public static async Task<ServeProcess> StartProgram(string wijksimDll, string scenario, params string[] more)
    {
        // The free port is found by opening and closing a socket, so another process starting at the
        // same moment (a parallel test's server or silo) can take it before this server binds it: the
        // server then says the port is in use (exit 2), and we try again on another port.
        for (int attempt = 1; ; attempt++)
        {
            var serve = Launch(wijksimDll, scenario, more);
            try
            {
                await serve.WaitUntilAnswering();
                return serve;
            }
            catch (PortTakenException) when (attempt < 3)
            {
                await serve.DisposeAsync();
            }
            catch
            {
                await serve.DisposeAsync();
                throw;
            }
        }
    }

    private static ServeProcess Launch(string wijksimDll, string scenario, string[] more)
    {
        int port = FreePorts.Next();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(wijksimDll);
        string[] args = ["serve", scenario, "--urls", $"http://127.0.0.1:{port}", "--facilitator-token", Token, .. more];
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        var serve = new ServeProcess(process, port);
        process.OutputDataReceived += (_, e) => serve.Printed.Count(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Printed.Count(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>The server is not answering (yet, or during an outage): every poll of a server catches these.
    /// A connection the server accepts and drops at once can surface as a bare SocketException ("Transport
    /// endpoint is not connected", from reading the remote end point after the connect) rather than an
    /// HttpRequestException: seen once in CI, 2026-12-03, while a server started.</summary>
    public static bool IsNotAnswering(Exception e) => e is HttpRequestException or System.Net.Sockets.SocketException or IOException;

    private async Task WaitUntilAnswering()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var state = await Http.GetFromJsonAsync<JsonElement>(Url("/api/state"));
                if (state.GetProperty("state").GetProperty("horizon").GetInt32() > 0) return;
            }
            catch (Exception e) when (IsNotAnswering(e)) { }
            if (_process.HasExited)
            {
                _process.WaitForExit(); // lets the output handlers finish, so Tail holds the last words
                if (_process.ExitCode == 2 && Printed.Tail.Contains("port is in use", StringComparison.Ordinal))
                    throw new PortTakenException();
                throw new InvalidOperationException($"wijksim serve exited with {_process.ExitCode}; it printed:{Environment.NewLine}{Printed.Tail}");
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"wijksim serve did not answer within 60 s; it printed:{Environment.NewLine}{Printed.Tail}");
    }

    private sealed class PortTakenException : Exception;

    /// <summary>A request with the facilitator's token (or another, or none).</summary>
    public Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body = null, string? token = Token)
    {
        var request = new HttpRequestMessage(method, Url(path));
        if (body is not null) request.Content = JsonContent.Create(body);
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> Post(string path, object? body = null, string? token = Token) => Send(HttpMethod.Post, path, body ?? new { }, token);

    public async Task<int> Week() =>
        (await Http.GetFromJsonAsync<JsonElement>(Url("/api/state"))).GetProperty("state").GetProperty("week").GetInt32();

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        Http.Dispose();
        return ValueTask.CompletedTask;
    }
}
