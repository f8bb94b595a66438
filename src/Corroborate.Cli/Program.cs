using System.Runtime.InteropServices;

namespace Corroborate.Cli;

internal static class Program
{
    /// <summary>A command still running this long after the first Ctrl-C is ended: one step may not check for cancellation.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs the CLI. The first Ctrl-C (or SIGTERM) cancels the command, which stops at its next check
    /// (between documents, batches and stories), keeps what it committed and exits with 130; if it has not
    /// stopped after <see cref="Grace"/> (the analysis of one very large story checks only between its stages),
    /// the process ends with 130 anyway, which loses nothing committed (every write is one transaction); a
    /// second Ctrl-C ends the process at once.
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
                _ = Task.Delay(Grace).ContinueWith(_ =>
                {
                    Console.Error.WriteLine($"corroborate: interrupted; the current step did not stop within {Grace.TotalSeconds:0} s, so the process ends now (what was committed is kept)");
                    Environment.Exit(ExitCodes.Interrupted);
                }, TaskScheduler.Default);
            }
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return await CorroborateCli.RunAsync(args, CliConsole.System(), stop.Token).ConfigureAwait(false);
    }
}
