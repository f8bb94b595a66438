using Corroborate.Extraction;

namespace Corroborate.Tests.Extraction;

public sealed class NameMatcherTests
{
    private static string[] Tokens(string name) => NameKey.Of(name).Split(' ');

    [Theory]
    [InlineData("Miguel Díaz-Canel", "Miguel Diaz-Canel")]
    [InlineData("Miguel Diaz-Canel", "Miguel DISHz-Canel")]
    [InlineData("Diaz-Canal", "Miguel Diaz-Canel")]
    [InlineData("Hossein Amir-Abdollahian", "Amir Abdollahian")]
    [InlineData("Amir-Abdollahian", "Amirabdollahian")]
    [InlineData("Raul Castro", "Raúl Castro Ruz")]
    [InlineData("Javier Mileí", "Javier Milei")]
    [InlineData("Javier Milei", "Javier Gerardo Milei")]
    [InlineData("Alexandar Vuchich", "Aleksandar Vučić")]
    [InlineData("Dmitry Shostakovich", "Dmitri Sostakovic")]
    public void Matches_variants_of_one_name(string a, string b)
    {
        Assert.True(NameMatcher.Compatible(Tokens(a), Tokens(b)));
    }

    [Theory]
    [InlineData("Raul Castro", "Fidel Castro")]
    [InlineData("Raúl Castro Ruz", "Fidel Castro")]
    [InlineData("Hassan Rouhani", "Ebrahim Raisi")]
    [InlineData("Sergio Massa", "Sergio Marchi")]
    [InlineData("Maria Lopez", "Marta Lopez")]
    [InlineData("Javier Milei", "Javier Gerardo Massa")]
    [InlineData("Alexandar Vuchich", "Aleksandar Vulin")]
    public void Keeps_two_different_people_apart(string a, string b)
    {
        Assert.False(NameMatcher.Compatible(Tokens(a), Tokens(b)));
    }

    [Theory]
    [InlineData("raisi", "Ebrahim Raisi", true)]
    [InlineData("castro", "Raul Castro Ruz", true)]
    [InlineData("iraq", "Ebrahim Iran", false)]
    [InlineData("ebrahim", "Ebrahim Raisi", false)]
    public void Matches_a_surname_alone_only_to_a_surname(string single, string name, bool expected)
    {
        Assert.Equal(expected, NameMatcher.SurnameMatches(single, Tokens(name)));
    }

    [Theory]
    [InlineData("diazcanelb", "Miguel Diaz-Canel", true)]
    [InlineData("amirabdolahian", "Hossein Amir-Abdollahian", true)]
    [InlineData("presidenciacuba", "Miguel Diaz-Canel", false)]
    public void Matches_a_social_handle_to_the_name_it_spells(string handle, string name, bool expected)
    {
        Assert.Equal(expected, NameMatcher.HandleMatches(handle, Tokens(name)));
    }
}
