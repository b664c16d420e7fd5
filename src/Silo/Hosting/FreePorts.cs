using System.Net;
using System.Net.Sockets;

namespace WijkSim.Silo.Hosting;

/// <summary>Free loopback ports for an embedded silo, so that several runs (or tests) can host one at once.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
