namespace NewsPortal.Web.Accounts;

/// <summary>
/// Where keys sit on the keyboards the newsroom types on (English, Ukrainian and Russian layouts share the grid), to
/// tell a run of neighbouring keys ("qwerty", "1qaz2wsx", "йцукен") from a word.
/// </summary>
internal static class Keyboard
{
    // Each row starts a little to the right of the one above: the key below column c sits between c and c + 1.
    private static readonly string[][] Rows =
    [
        ["1234567890-="],
        ["qwertyuiop[]", "йцукенгшщзхї", "йцукенгшщзхъ"],
        ["asdfghjkl;'", "фівапролджє", "фывапролджэ"],
        ["zxcvbnm,./", "ячсмитьбю"],
    ];

    private static readonly Dictionary<char, (int Row, int Column)> Positions = Place();

    private const string ShiftedDigits = "!@#$%^&*()";

    /// <summary>"!@#$" is typed on "1234".</summary>
    public static char Unshifted(char c) => ShiftedDigits.IndexOf(c, StringComparison.Ordinal) is >= 0 and var i ? "1234567890"[i] : c;

    /// <summary>The same key, keys side by side or one above the other, or letters or digits next in order ("abc", "123").</summary>
    public static bool AreNeighbours(char a, char b)
    {
        if (a == b || Math.Abs(a - b) == 1 && (char.IsAsciiLetterLower(a) && char.IsAsciiLetterLower(b) || char.IsAsciiDigit(a) && char.IsAsciiDigit(b)))
        {
            return true;
        }

        if (!Positions.TryGetValue(a, out var upper) || !Positions.TryGetValue(b, out var lower))
        {
            return false;
        }

        if (upper.Row > lower.Row)
        {
            (upper, lower) = (lower, upper);
        }

        return upper.Row == lower.Row ? Math.Abs(upper.Column - lower.Column) == 1
            : upper.Row + 1 == lower.Row && (upper.Column == lower.Column || upper.Column == lower.Column + 1);
    }

    private static Dictionary<char, (int Row, int Column)> Place()
    {
        var positions = new Dictionary<char, (int Row, int Column)>();
        for (var row = 0; row < Rows.Length; row++)
        {
            foreach (var layout in Rows[row])
            {
                for (var column = 0; column < layout.Length; column++)
                {
                    positions.TryAdd(layout[column], (row, column));
                }
            }
        }

        return positions;
    }
}
