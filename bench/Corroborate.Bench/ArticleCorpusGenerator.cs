using System.Globalization;
using System.Text;

namespace Corroborate.Bench;

/// <summary>
/// A seeded generator of plain-text news articles carrying the noise real input has: timestamp and
/// date headers, datelines, "Also read" lines, share-button runs, embedded posts in other languages,
/// media links and translation disclaimers. Same seed, same corpus.
/// </summary>
internal sealed class ArticleCorpusGenerator(int seed)
{
    private static readonly string[] Places = ["Havana", "Caracas", "Managua", "Tehran", "Nairobi", "Lisbon", "Manila", "Ankara", "Lima", "Hanoi", "Dakar", "Quito"];
    private static readonly string[] People = ["President Ana Ortiz", "Foreign Minister Karim Haddad", "Gen. Luis Pereira", "Mr. Tomas Novak", "Dr. Mei Lin", "Prime Minister Sara Okafor"];
    private static readonly string[] Verbs = ["signed", "discussed", "announced", "rejected", "welcomed", "postponed", "approved", "criticised"];
    private static readonly string[] Objects = ["a trade agreement", "six cooperation documents", "new sanctions", "a joint commission", "the energy plan", "a memorandum of understanding", "the port project"];
    private static readonly string[] Times = ["on Monday", "on Thursday", "yesterday", "earlier this week", "last year", "on Wednesday evening"];
    private static readonly string[] Posts =
    [
        "La visita fortalece nuestras relaciones bilaterales. #Cooperación",
        "Une rencontre importante pour nos deux pays aujourd'hui. #Diplomatie",
        "این سفر گامی مهم برای توسعه روابط دو کشور است.",
        "Ein wichtiger Tag für die Zusammenarbeit unserer Länder. #Diplomatie",
    ];

    private readonly Random _random = new(seed);

    public byte[] Next(int index)
    {
        var text = new StringBuilder(3000);
        var place = Pick(Places);
        var date = new DateTime(2024, 1, 1).AddDays(_random.Next(365));
        switch (index % 3)
        {
            case 0:
                text.Append(new DateTimeOffset(date).ToUnixTimeSeconds()).Append(' ').Append(place).Append(" talks end with new deals\n\n");
                break;
            case 1:
                text.Append(" date ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ').Append(place.ToUpperInvariant()).Append(" - ");
                break;
            default:
                text.Append(place).Append(", ").Append(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(" (WNA): ");
                break;
        }

        var paragraphs = 6 + _random.Next(8);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = 1 + _random.Next(4);
            for (var s = 0; s < sentences; s++)
            {
                text.Append(Pick(People)).Append(' ').Append(Pick(Verbs)).Append(' ').Append(Pick(Objects)).Append(" in ").Append(Pick(Places))
                    .Append(' ').Append(Pick(Times)).Append(", officials said. ");
            }

            if (_random.Next(10) == 0)
            {
                text.Append("pic.twitter.com/Ab").Append(_random.Next(100000, 999999)).Append(' ');
            }

            text.Append("\n\n");
            switch (_random.Next(12))
            {
                case 0:
                    text.Append("• Also read: ").Append(Pick(Places)).Append(" mayor opens new bridge\n\n");
                    break;
                case 1:
                    text.Append(Pick(Posts)).Append("\n\n— Ministry Press (@ministry_press) June ").Append(1 + _random.Next(28)).Append(", 2024\n\n");
                    break;
                case 2:
                    text.Append("Trade and energy\n\n");
                    break;
            }
        }

        if (index % 5 == 0)
        {
            text.Append("facebook twitter whatsapp email print linkedin-blank\n\n");
        }

        if (index % 7 == 0)
        {
            text.Append("This text was automatically translated by AI software; the original version may differ.\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
