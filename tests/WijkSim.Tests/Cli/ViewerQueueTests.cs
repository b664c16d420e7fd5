using WijkSim.Silo.Web;

namespace WijkSim.Tests.Cli;

/// <summary>A viewer's live-stream queue of the workshop server is bounded (issue 16: it grew without
/// limit for a viewer that did not read).</summary>
public class ViewerQueueTests
{
    [Fact]
    public async Task A_viewer_that_falls_too_far_behind_is_closed_after_its_queued_messages()
    {
        var queue = new ViewerQueue();
        for (int i = 0; i < ViewerQueue.Capacity; i++) Assert.True(queue.Post($"m{i}"));

        Assert.False(queue.Post("one too many"));
        Assert.False(queue.Post("and another"));

        var read = new List<string>();
        await foreach (var m in queue.Reader.ReadAllAsync()) read.Add(m);   // ends: the stream is closed
        Assert.Equal(ViewerQueue.Capacity, read.Count);
        Assert.Equal("m0", read[0]);
        Assert.DoesNotContain("one too many", read);
    }

    [Fact]
    public void A_viewer_that_keeps_up_is_never_closed()
    {
        var queue = new ViewerQueue();
        for (int i = 0; i < 10 * ViewerQueue.Capacity; i++)
        {
            Assert.True(queue.Post($"m{i}"));
            Assert.True(queue.Reader.TryRead(out _));
        }
        Assert.False(queue.Reader.Completion.IsCompleted);
    }
}
