using System.Diagnostics;

namespace Corroborate.Tests.Support;

/// <summary>The built <c>corroborate</c> CLI as a real process, for tests that kill one with SIGKILL.</summary>
public static class CliProcess
{
    /// <summary>Corroborate.Cli.dll built beside this test assembly's configuration (the test project builds it).</summary>
    public static string Dll
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = directory.Parent!.Name; // bin/<Configuration>/<tfm>/
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Corroborate.slnx")))
            {
                directory = directory.Parent;
            }

            var dll = Path.Combine(directory?.FullName ?? ".", "src", "Corroborate.Cli", "bin", configuration, "net10.0", "Corroborate.Cli.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"the CLI is not built at {dll}");
        }
    }

    public static Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        // Drain the pipes so a chatty process never blocks on a full one.
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>SIGKILL on Unix: no handler, no finally block, no flush runs.</summary>
    public static void KillHard(Process process)
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    public static async Task WaitForExitAsync(Process process, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"corroborate (pid {process.Id}) did not finish within {limit}");
        }
    }
}
