using System.Runtime.InteropServices;

namespace WijkSim.Silo.Experiments;

/// <summary>Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation, so a long experiment stops cleanly:
/// it finishes writing what is finished and exits, instead of being killed mid-file.</summary>
public sealed class InterruptSignal : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;

    public InterruptSignal()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    public CancellationToken Token => _cancel.Token;

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true; // keep the process alive until the experiment has stopped
        _cancel.Cancel();
    }

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _cancel.Dispose();
    }
}
