using Lingua;

namespace Corroborate.Text;

/// <summary>
/// Each language's n-gram models (<see cref="LinguaNgramModel"/>), read from Lingua's files on first use and kept:
/// a script's texts load only the languages written in it, as Lingua's own caches do. Thread-safe.
/// </summary>
internal sealed class LinguaModelCache
{
    private readonly Lazy<LinguaNgramModel>[] _models;

    /// <param name="modelsDirectory">The folder holding one sub-folder of models per ISO 639-1 code.</param>
    public LinguaModelCache(string modelsDirectory)
    {
        _models = new Lazy<LinguaNgramModel>[LinguaFacts.LanguageCount];
        foreach (var language in Enum.GetValues<Language>())
        {
            string folder = Path.Combine(modelsDirectory, language.IsoCode6391().ToString().ToLowerInvariant());
            _models[(int)language] = new Lazy<LinguaNgramModel>(() => LinguaNgramModel.Read(folder), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>The language's models, read now if they have not been.</summary>
    public LinguaNgramModel Get(int language) => _models[language].Value;
}
