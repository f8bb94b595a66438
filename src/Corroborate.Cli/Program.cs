using System.Runtime.InteropServices;

namespace Corroborate.Cli;

public static class Program
{
    /// <summary>
    /// Runs the CLI. The first Ctrl-C (or SIGTERM) cancels the command, which stops at its next check
    /// (between documents, batches and stories), keeps what it committed and exits with 130; a second
    /// Ctrl-C ends the process at once.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            if (!stop.IsCancellationRequested)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return await CorroborateCli.RunAsync(args, CliConsole.System(), stop.Token).ConfigureAwait(false);
    }
}
