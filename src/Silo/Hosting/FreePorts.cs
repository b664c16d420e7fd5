using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace WijkSim.Silo.Hosting;

/// <summary>Free loopback ports for an embedded silo, so that several runs (or tests) can host one at once.</summary>
public static class FreePorts
{
    // The operating system may offer a port again as soon as the probe closes it; a process that asks
    // for several ports before binding any (a silo and its gateway, a test's servers) must not get the
    // same one twice.
    private static readonly ConcurrentDictionary<int, bool> HandedOut = new();

    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (HandedOut.TryAdd(port, true)) return port;
        }
    }
}
