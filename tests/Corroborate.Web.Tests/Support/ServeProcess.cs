using System.Collections.Concurrent;
using System.Diagnostics;
using Corroborate.Cli;

namespace Corroborate.Web.Tests.Support;

/// <summary>
/// The built <c>corroborate serve</c> in a process of its own over a SQLite store of the samples, its standard
/// error collected line by line. Metrics need this: OpenTelemetry ends every stream of a meter name when any
/// meter of that name is disposed (open-telemetry/opentelemetry-dotnet#6412), and the test process starts and
/// stops many servers.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly Process _process;

    private ServeProcess(DirectoryInfo folder, Process process, Uri baseAddress) => (_folder, _process, BaseAddress) = (folder, process, baseAddress);

    public ConcurrentQueue<string> ErrorLines { get; } = new();

    public Uri BaseAddress { get; private set; }

    public static async Task<ServeProcess> StartAsync(params string[] extraArguments)
    {
        var folder = Directory.CreateTempSubdirectory("corroborate-serve-process-");
        var database = Path.Combine(folder.FullName, "samples.db");
        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            Assert.Equal(ExitCodes.Success, await CorroborateCli.RunAsync(["ingest", Repository.Samples, "--db", database, "--quiet"], CliConsole.Capture(output, error)));
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Corroborate.Cli.dll"), "serve", "--db", database, "--urls", "http://127.0.0.1:0" }.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        var serve = new ServeProcess(folder, Process.Start(start)!, new Uri("http://127.0.0.1/"));
        serve._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                serve.ErrorLines.Enqueue(e.Data);
            }
        };
        serve._process.BeginErrorReadLine();
        serve._process.BeginOutputReadLine();
        var listening = await serve.WaitForAsync(line => line.Contains("listening on http://", StringComparison.Ordinal));
        serve.BaseAddress = new Uri(listening[listening.IndexOf("http://", StringComparison.Ordinal)..].Split(' ')[0]);
        return serve;
    }

    /// <summary>The first line of standard error that <paramref name="wanted"/> accepts, waiting up to a minute for it.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> wanted)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (ErrorLines.FirstOrDefault(wanted) is { } line)
            {
                return line;
            }

            Assert.False(_process.HasExited, "serve exited: " + string.Join('\n', ErrorLines));
            await Task.Delay(50);
        }

        throw new TimeoutException("serve wrote no such line: " + string.Join('\n', ErrorLines));
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _folder.Delete(recursive: true);
    }
}
