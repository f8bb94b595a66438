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

    /// <summary>
    /// The one analysis every command composes the same way: the built-in gazetteer extended by the user's place
    /// dictionaries when any are named (<c>--gazetteer</c>, <c>$CORROBORATE_GAZETTEER</c>), the user's PETRARCH
    /// dictionaries in place of the built-in ones when <c>--dictionaries</c> names a folder. Both reach every stage.
    /// <c>$CORROBORATE_NAMED_ACTORS=1</c> adds Phoenix's named actors to the built-in event dictionaries (off by
    /// default, see docs/events.md, "Tenth pass"; <c>events</c> and <c>eval events</c> take <c>--named-actors</c>).
    /// </summary>
    public static Corroborate.Pipeline.StoryAnalyzer Analyzer(string[]? gazetteers, string? eventDictionaries = null)
    {
        var settings = Configuration.CliSettings.Current;
        var paths = (gazetteers ?? []).Concat((settings.Environment("CORROBORATE_GAZETTEER") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)).Concat(settings.File.Gazetteer).ToList();
        var namedActors = settings.Environment("CORROBORATE_NAMED_ACTORS") is "1" or "true";
        return new Corroborate.Pipeline.StoryAnalyzer(Corroborate.Pipeline.AnalysisOptions.FromFiles(paths, eventDictionaries, namedActors));
    }

    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files, folders (read recursively) or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };
}
