namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>The bad values every route parameter, query key and form field is fed.</summary>
public static class FuzzCorpus
{
    private const string Emoji = "\U0001F600";

    public static IReadOnlyList<FuzzValue> Values { get; } =
    [
        FuzzValue.Text("empty", ""),
        FuzzValue.Text("blank", "   "),
        FuzzValue.Text("zero", "0"),
        FuzzValue.Text("minus one", "-1"),
        FuzzValue.Text("below int", "-2147483649"),
        FuzzValue.Text("int max", "2147483647"),
        FuzzValue.Text("above int", "2147483648"),
        FuzzValue.Text("huge number", "99999999999999999999999999999999"),
        FuzzValue.Text("exponent", "1e400"),
        FuzzValue.Text("fraction", "1.5"),
        FuzzValue.Text("NaN", "NaN"),
        FuzzValue.Text("letters", "abc"),
        FuzzValue.Text("10,000 characters", new string('a', 10_000)),
        // A cut at an odd length splits a surrogate pair: the half left over is not text.
        FuzzValue.Text("10,000 characters of emoji", string.Concat(Enumerable.Repeat(Emoji, 5_000))),
        FuzzValue.Text("words then emoji", string.Concat(Enumerable.Repeat("word ", 60)) + string.Concat(Enumerable.Repeat(Emoji, 500))),
        FuzzValue.Text("control characters", "\0\u0001\u0007\b\u001b[31m\u007f\u0085"),
        FuzzValue.Text("line breaks", "a\r\nb\nc\rd\u2028e"),
        FuzzValue.Text("nul", "\0"),
        FuzzValue.Text("right-to-left override", "\u202Egnp.exe"),
        FuzzValue.Text("zero-width and BOM", "\u200B\u200D\uFEFFx"),
        FuzzValue.Text("replacement character", "\uFFFD"),
        FuzzValue.Text("SQL quote", "' OR '1'='1' --"),
        FuzzValue.Text("SQL statement", "1; DROP TABLE Articles; --"),
        FuzzValue.Text("SQL wildcards", "%_\\%"),
        FuzzValue.Text("FTS quote", "\"unbalanced"),
        FuzzValue.Text("FTS operators", "a* OR b AND NOT c NEAR(d e, 2)"),
        FuzzValue.Text("FTS column filter", "{Headline Body}: ^x - y"),
        FuzzValue.Text("FTS brackets", "((("),
        FuzzValue.Text("dot dot slash", "../../../../etc/passwd"),
        FuzzValue.Text("dot dot backslash", "..\\..\\..\\windows\\win.ini"),
        FuzzValue.Text("encoded dot dot", "%2e%2e%2f%2e%2e%2f"),
        FuzzValue.Text("absolute path", "/etc/passwd"),
        FuzzValue.Text("protocol-relative", "//evil.example/"),
        FuzzValue.Text("other site", "https://evil.example/"),
        FuzzValue.Text("script URL", "javascript:alert(1)"),
        FuzzValue.Text("markup", "<script>alert(1)</script><img src=x onerror=alert(1)>"),
        FuzzValue.Text("Razor and format", "@{ } {0} {{x}} ${x}"),
        FuzzValue.Text("Cyrillic look-alike", "\u0430dmin"),
        FuzzValue.Text("full-width", "\uFF41\uFF42\uFF43\uFF11"),
        FuzzValue.Text("dotted capital I", "\u0130STANBUL \u01C5 stra\u00DFe"),
        FuzzValue.Text("combining marks", "e\u0301\u0301\u0301\u0301\u0301"),
        FuzzValue.Text("mathematical letters", "\U0001D400\U0001D401\U0001D402"),
        FuzzValue.Text("Arabic digits", "\u0661\u0662"),
        FuzzValue.Text("bad date", "2025-13-45T25:61"),
        FuzzValue.Text("far date", "9999-12-31T23:59"),
        FuzzValue.Text("first date", "0001-01-01T00:00"),
        FuzzValue.Text("empty guid", "00000000-0000-0000-0000-000000000000"),
        FuzzValue.Text("boolean word", "maybe"),
        FuzzValue.Raw("invalid UTF-8 (C3 28)", "C3 28"),
        FuzzValue.Raw("invalid UTF-8 (FF)", "FF"),
        FuzzValue.Raw("overlong slash (C0 AF)", "C0 AF"),
        FuzzValue.Raw("lone surrogate (ED A0 80)", "ED A0 80"),
        FuzzValue.Raw("above U+10FFFF (F4 90 80 80)", "F4 90 80 80"),
        FuzzValue.Raw("truncated sequence (E2 82)", "61 E2 82"),
    ];

    /// <summary>
    /// A dozen of the values, one of each kind, for query keys a route does not read: enough to show that an unread
    /// key stays unread, at a fraction of the requests.
    /// </summary>
    public static IReadOnlyList<FuzzValue> Sample { get; } = Values.Where(value => value.Name is "empty" or "minus one" or "huge number"
        or "letters" or "10,000 characters" or "10,000 characters of emoji" or "control characters" or "SQL quote" or "FTS quote"
        or "dot dot slash" or "protocol-relative" or "invalid UTF-8 (FF)" or "lone surrogate (ED A0 80)").ToList();

    /// <summary>Path segments sent as written, not escaped again: traversal and bytes a proxy might decode.</summary>
    public static IReadOnlyList<string> RawPathSegments { get; } =
    [
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "%2e%2e",
        "..%2f..%2f",
        "..%5c..%5c",
        "%252e%252e%252f",
        "%00",
        "a%00b",
        "%ff",
        "%c0%af",
        "%ed%a0%80",
        "%c3%28",
        "%",
        "%zz",
        ";x=1",
        "a%2fb",
        "%20",
        "...",
    ];
}
