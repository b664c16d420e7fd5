using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;

namespace WijkSim.Silo.Commands;

/// <summary>Checks <c>serve --urls</c> before any host starts, so that a mistyped address or a port
/// in use is one paragraph with exit 2, not Kestrel's stack trace (issue 16, bug 6).</summary>
public static class ListenAddresses
{
    public static void Check(string urls)
    {
        foreach (var text in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string shown = text.Length <= 80 ? text : text[..77] + "...";
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
                throw new UsageError("--urls", $"expected an address such as http://127.0.0.1:5177 (several separated by ';'), found '{shown}'");
            if (uri.Port == 0) continue; // any free port
            var address = uri.Host is "localhost" ? IPAddress.Loopback
                : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip : null;
            if (address is null) continue; // a host name: Kestrel resolves it
            RequireFree(address, uri.Port, "--urls", shown);
        }
    }

    /// <summary>Fails with a usage error naming the option when nothing may listen on the port: checked
    /// before a host starts, because Orleans' own sockets reuse addresses and a second silo on a port in
    /// use would not fail but evict the first (issue 16, bug 8).</summary>
    public static void RequireFree(IPAddress address, int port, string option, string shown)
    {
        try
        {
            var probe = new TcpListener(address, port) { ExclusiveAddressUse = true };
            probe.Start();
            probe.Stop();
        }
        catch (SocketException e)
        {
            throw new UsageError(option, $"cannot listen on {shown}: {(e.SocketErrorCode == SocketError.AddressAlreadyInUse ? PortInUse : e.Message)}");
        }
    }

    private const string PortInUse = "the port is in use (is another wijksim running on it?); choose another port";

    /// <summary>Starts the web host. The port can still be taken between <see cref="Check"/> and the
    /// bind (another program starting at the same moment): that too is the usage error, not an internal one.</summary>
    public static async Task Start(WebApplication app, string urls)
    {
        try
        {
            await app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            throw new UsageError("--urls", $"cannot listen on {urls}: {PortInUse}");
        }
    }
}
