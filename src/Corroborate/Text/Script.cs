namespace Corroborate.Text;

/// <summary>Writing systems the identifier separates before it looks at words.</summary>
internal enum Script
{
    Other = 0,
    Latin,
    Cyrillic,
    Arabic,
    Han,
    Kana,
    Hangul,
    Devanagari,
    Greek,
    Hebrew,
    Thai,
}
