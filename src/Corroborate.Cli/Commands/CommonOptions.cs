using System.CommandLine;

namespace Corroborate.Cli.Commands;

/// <summary>Options several commands share, so they are spelled and described once.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() => new("--db") { Description = "Store: a SQLite file, or PostgreSQL as postgres://user@host/db or Host=…;Database=… (default: $CORROBORATE_DB, else store in corroborate.json, else ./corroborate.db)." };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress bar or summary on standard error." };

    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format", "-f") { Description = $"Output format: {string.Join(", ", allowed)}.", DefaultValueFactory = _ => allowed[0] };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<string[]> Gazetteer() => new("--gazetteer")
    {
        Description = "Extra place dictionaries (CountryInfo format, or our countries.tsv layout); also $CORROBORATE_GAZETTEER, ':'-separated.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The extraction stages, with the built-in gazetteer extended by the user's dictionaries when any are named.</summary>
    public static Corroborate.Extraction.StoryExtractor Extractor(string[]? dictionaries)
    {
        var settings = Configuration.CliSettings.Current;
        var paths = (dictionaries ?? []).Concat((settings.Environment("CORROBORATE_GAZETTEER") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)).Concat(settings.File.Gazetteer).ToList();
        return new Corroborate.Extraction.StoryExtractor(paths.Count == 0 ? Corroborate.Extraction.Gazetteer.Default : Corroborate.Extraction.Gazetteer.WithDictionaries(paths));
    }

    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files, folders (read recursively) or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };
}
