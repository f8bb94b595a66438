namespace Corroborate.Web.Tests.Support;

/// <summary>
/// A browser test: skipped with the reason when Debian's chromium is absent on a developer machine, but run
/// (and failing) under CI (CORROBORATE_CI=1), where .ci/run installs it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath) && Environment.GetEnvironmentVariable("CORROBORATE_CI") != "1")
        {
            Skip = $"{ExecutablePath} not found: install Debian's chromium (apt-get install chromium) to run the browser tests";
        }
    }
}
