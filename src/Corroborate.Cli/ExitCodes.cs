namespace Corroborate.Cli;

/// <summary>0: everything read; 1: some inputs failed (each named); 2: the command line was wrong.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputsFailed = 1;
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl-C (SIGINT) or SIGTERM, as shells report a process ended by SIGINT.</summary>
    public const int Interrupted = 130;
}
