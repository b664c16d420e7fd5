using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Guide;

/// <summary>The YAML language server that VS Code's YAML extension (redhat.vscode-yaml) runs, started
/// from tools/editor (npm) and spoken to over stdio in the Language Server Protocol, as the editor
/// does: so a test can ask what a student typing a scenario sees (completion, hover, red underlines).</summary>
public sealed class YamlLanguageServer : IDisposable
{
    private readonly Process _process;
    private readonly Stream _in;
    private readonly Channel<JsonObject> _messages = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> _notifications = [];
    private readonly StringBuilder _errors = new();
    // Two writers share the server's stdin: the test (requests, notifications) and the read loop
    // (answers to the server's own requests, e.g. workspace/configuration). Unserialised, a header of
    // one could land inside the body of the other, and the server then drops a request the test waits on.
    private readonly SemaphoreSlim _writing = new(1, 1);
    private int _nextId;

    public YamlLanguageServer()
    {
        var info = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Prerequisites.YamlLanguageServer);
        info.ArgumentList.Add("--stdio");
        _process = Process.Start(info)!;
        _process.ErrorDataReceived += (_, e) => { lock (_errors) _errors.AppendLine(e.Data); };
        _process.BeginErrorReadLine();
        _in = _process.StandardInput.BaseStream;
        _ = Task.Run(ReadLoop);
    }

    /// <summary>What the editor says when it opens a folder: the client can answer configuration requests.</summary>
    public async Task Initialize(string rootFolder)
    {
        await Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(rootFolder).AbsoluteUri,
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = true } },
                    ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                    ["publishDiagnostics"] = new JsonObject(),
                },
            },
        });
        await Notify("initialized", new JsonObject());
        await Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["yaml"] = Settings() } });
    }

    /// <summary>The extension's settings as a student has them after installing it (schema store off:
    /// this machine reaches no web site, and the scenario files name their schema themselves).</summary>
    private static JsonObject Settings() => new()
    {
        ["validate"] = true, ["hover"] = true, ["completion"] = true,
        ["schemaStore"] = new JsonObject { ["enable"] = false },
    };

    public Task Open(string path, string text) => Notify("textDocument/didOpen", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = new Uri(path).AbsoluteUri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
    });

    /// <summary>The labels the editor offers at a position (Ctrl+Space).</summary>
    public async Task<List<string>> Completion(string path, int line, int character)
    {
        var result = await Request("textDocument/completion", Position(path, line, character));
        var items = result is JsonObject o ? o["items"]!.AsArray() : result!.AsArray();
        return items.Select(i => i!["label"]!.GetValue<string>()).ToList();
    }

    /// <summary>The text the editor shows when the mouse rests at a position.</summary>
    public async Task<string> Hover(string path, int line, int character)
    {
        var result = await Request("textDocument/hover", Position(path, line, character));
        return result?["contents"]?.ToJsonString() ?? "";
    }

    /// <summary>The red underlines of a document: the first non-empty diagnostics the server publishes for it.</summary>
    public async Task<List<(int Line, string Message)>> Diagnostics(string path, TimeSpan wait)
    {
        string uri = new Uri(path).AbsoluteUri;
        var deadline = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < deadline)
        {
            lock (_notifications)
            {
                var published = _notifications.LastOrDefault(n => n["method"]?.GetValue<string>() == "textDocument/publishDiagnostics"
                    && n["params"]!["uri"]!.GetValue<string>() == uri && n["params"]!["diagnostics"]!.AsArray().Count > 0);
                if (published is not null)
                    return published["params"]!["diagnostics"]!.AsArray()
                        .Select(d => (d!["range"]!["start"]!["line"]!.GetValue<int>(), d["message"]!.GetValue<string>())).ToList();
            }
            await Task.Delay(100);
        }
        return [];
    }

    private static JsonObject Position(string path, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = new Uri(path).AbsoluteUri },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    private async Task<JsonNode?> Request(string method, JsonObject parameters)
    {
        int id = Interlocked.Increment(ref _nextId);
        await Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        // Generous: the server answers in about a second alone, but the whole suite shares two cores.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        while (true)
        {
            JsonObject message;
            try { message = await _messages.Reader.ReadAsync(timeout.Token); }
            catch (OperationCanceledException)
            {
                string printed;
                lock (_errors) printed = _errors.ToString();
                throw new TimeoutException($"the YAML language server did not answer '{method}' (id {id}) in 180 s; it printed: {printed}");
            }
            if (message["id"] is { } mid && message["method"] is null && mid.GetValue<int>() == id)
            {
                if (message["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
                return message["result"];
            }
        }
    }

    private Task Notify(string method, JsonObject parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private async Task Send(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writing.WaitAsync();
        try
        {
            await _in.WriteAsync(header);
            await _in.WriteAsync(body);
            await _in.FlushAsync();
        }
        finally { _writing.Release(); }
    }

    private async Task ReadLoop()
    {
        var stream = _process.StandardOutput.BaseStream;
        while (true)
        {
            int length = -1;
            string? line;
            while (!string.IsNullOrEmpty(line = await ReadLine(stream)))
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim());
            if (line is null || length < 0)
            {
                _process.WaitForExit(5000);
                string printed;
                lock (_errors) printed = _errors.ToString();
                _messages.Writer.TryComplete(new InvalidOperationException($"the YAML language server stopped: {printed}"));
                return;
            }
            var body = new byte[length];
            await stream.ReadExactlyAsync(body);
            var message = JsonNode.Parse(body)!.AsObject();
            if (message["method"] is not null && message["id"] is { } id)
                await Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = Answer(message) }); // the server asks the editor
            else if (message["method"] is not null)
                lock (_notifications) _notifications.Add(message);
            else
                await _messages.Writer.WriteAsync(message);
        }
    }

    /// <summary>The editor's answer to the server's requests: the YAML settings for a configuration request.</summary>
    private static JsonNode? Answer(JsonObject request) =>
        request["method"]!.GetValue<string>() == "workspace/configuration"
            ? new JsonArray(request["params"]!["items"]!.AsArray().Select(i => (JsonNode?)(i!["section"]?.GetValue<string>() == "yaml" ? Settings() : null)).ToArray())
            : null;

    private static async Task<string?> ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0) return bytes.Count == 0 ? null : Encoding.ASCII.GetString(bytes.ToArray());
            if (one[0] == '\n') return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            bytes.Add(one[0]);
        }
    }

    public void Dispose()
    {
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
