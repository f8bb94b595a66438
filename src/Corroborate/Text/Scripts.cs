namespace Corroborate.Text;

/// <summary>Maps letters to their <see cref="Script"/> by Unicode block.</summary>
internal static class Scripts
{
    public const int Count = (int)Script.Thai + 1;

    /// <summary>The script of a letter; callers pass only <see cref="char.IsLetter(char)"/> characters.</summary>
    public static Script Of(char c) => c switch
    {
        < '\u0250' => Script.Latin,                       // ASCII letters, Latin-1 and Latin Extended-A/B
        >= '\u0370' and < '\u0400' => Script.Greek,
        >= '\u0400' and < '\u0530' => Script.Cyrillic,
        >= '\u0590' and < '\u0600' => Script.Hebrew,
        >= '\u0600' and < '\u0700' => Script.Arabic,
        >= '\u0750' and < '\u0780' => Script.Arabic,
        >= '\u0900' and < '\u0980' => Script.Devanagari,
        >= '\u0E00' and < '\u0E80' => Script.Thai,
        >= '\u1100' and < '\u1200' => Script.Hangul,
        >= '\u1E00' and < '\u1F00' => Script.Latin,       // Latin Extended Additional (Vietnamese and friends)
        >= '\u3040' and < '\u3100' => Script.Kana,
        >= '\u3130' and < '\u3190' => Script.Hangul,
        >= '\u31F0' and < '\u3200' => Script.Kana,
        >= '\u3400' and < '\u4DC0' => Script.Han,
        >= '\u4E00' and < '\uA000' => Script.Han,
        >= '\uAC00' and < '\uD7B0' => Script.Hangul,
        >= '\uF900' and < '\uFB00' => Script.Han,
        >= '\uFB50' and < '\uFE00' => Script.Arabic,
        >= '\uFE70' and < '\uFF00' => Script.Arabic,
        >= '\uFF66' and < '\uFFA0' => Script.Kana,        // half-width katakana
        _ => Script.Other,
    };
}
