using System.Threading.Channels;

namespace WijkSim.Silo.Web;

/// <summary>The messages waiting for one viewer's live stream, at most <see cref="Capacity"/>. A viewer
/// that falls that far behind (a phone on a bad connection, a tab asleep) is closed rather than growing
/// the server's memory without bound: its page reconnects by itself (EventSource) and starts again from
/// a full snapshot, so it loses nothing it would have shown.</summary>
public sealed class ViewerQueue
{
    /// <summary>About 8 seconds of messages at the feed's four a second.</summary>
    public const int Capacity = 32;

    private readonly Channel<string> _channel = Channel.CreateBounded<string>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails instead of dropping a message silently
    });

    public ChannelReader<string> Reader => _channel.Reader;

    /// <summary>Queues a message; false (and the stream closed) when the viewer is too far behind.</summary>
    public bool Post(string message)
    {
        if (_channel.Writer.TryWrite(message)) return true;
        Close();
        return false;
    }

    public void Close() => _channel.Writer.TryComplete();
}
