using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace WijkSim.Silo.Cluster;

/// <summary>Orleans' fatal-error handler for a <c>wijksim silo</c>. A silo that was frozen past failure
/// detection (SIGSTOP, a laptop asleep) is declared dead by the others; on waking Orleans ends the process
/// with a fatal exception, and it never rejoined (issue 16). Here it stops its host instead, and the
/// silo command starts a new one that joins again as a new member. Any other fatal error still ends the
/// process, as Orleans intends.</summary>
public sealed class RejoinWhenDeclaredDead(IHostApplicationLifetime lifetime, ILogger<RejoinWhenDeclaredDead> log) : IFatalErrorHandler
{
    private static int _requested;

    /// <summary>True once, after the host stopped because the cluster declared this silo dead.</summary>
    public static bool TakeRequest() => Interlocked.Exchange(ref _requested, 0) == 1;

    public bool IsUnexpected(Exception exception) => exception is not OperationCanceledException;

    public void OnFatalException(object? sender = null, string? context = null, Exception? exception = null)
    {
        // Orleans' membership reports its own death with this context and no exception ("KillMyselfLocally").
        if (context?.Contains("I have been told I am dead", StringComparison.Ordinal) == true)
        {
            if (Interlocked.Exchange(ref _requested, 1) == 0)
            {
                log.LogWarning("the cluster declared this silo dead (it did not answer in time); it stops and joins again as a new member");
                lifetime.StopApplication();
            }
            return;
        }
        log.LogCritical("fatal error in {Context}: {Error}", context, exception?.Message);
        Environment.FailFast($"wijksim silo: fatal error in {context}", exception);
    }
}
