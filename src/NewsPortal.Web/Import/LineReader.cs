namespace NewsPortal.Web.Import;

/// <summary>The non-blank lines of a text, trimmed, with their 1-based line numbers.</summary>
internal sealed class LineReader
{
    private readonly string _fileName;
    private readonly List<(int Number, string Text)> _lines = [];
    private int _position;
    private readonly int _lastNumber;

    public LineReader(string fileName, string text)
    {
        _fileName = fileName;
        var number = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var line = raw.Trim().Trim('\uFEFF');
            if (line.Length > 0)
            {
                _lines.Add((number, line));
            }
        }

        // A final line break ends the last line; it does not start another.
        _lastNumber = text.EndsWith('\n') || text.EndsWith('\r') ? Math.Max(1, number - 1) : number;
    }

    public (int Number, string Text)? Peek(int ahead = 0) =>
        _position + ahead < _lines.Count ? _lines[_position + ahead] : null;

    public (int Number, string Text)? Next()
    {
        var line = Peek();
        if (line is not null)
        {
            _position++;
        }

        return line;
    }

    /// <summary>The next line, which must be there.</summary>
    public string Expect(string what) =>
        Next()?.Text ?? throw new WireFormatException(_fileName, _lastNumber, $"the file ends where {what} was expected");

    /// <summary>An error about the line read last.</summary>
    public WireFormatException Error(string problem) =>
        new(_fileName, _position > 0 ? _lines[_position - 1].Number : 1, problem);
}
