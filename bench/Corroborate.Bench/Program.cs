using BenchmarkDotNet.Running;

namespace Corroborate.Bench;

public static class Program
{
    // Run one class with: dotnet run -c Release --project bench/Corroborate.Bench -- --filter '*LanguageIdentification*'
    public static int Main(string[] args)
    {
        _ = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
