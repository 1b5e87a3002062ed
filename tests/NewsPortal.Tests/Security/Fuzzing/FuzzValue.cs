using System.Text;

namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>
/// One bad value, held as the bytes that go on the wire: a .NET string cannot hold invalid UTF-8, and the
/// point of some values is exactly that.
/// </summary>
public sealed record FuzzValue(string Name, byte[] Bytes)
{
    public static FuzzValue Text(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Bytes given as hex, e.g. "C3 28": sequences no UTF-8 encoder would produce.</summary>
    public static FuzzValue Raw(string name, string hex) => new(name, Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal)));

    /// <summary>Every byte outside the unreserved set percent-encoded: safe in a path segment, a query or a form body.</summary>
    public string Escaped
    {
        get
        {
            var escaped = new StringBuilder(Bytes.Length * 3);
            foreach (var b in Bytes)
            {
                if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
                {
                    escaped.Append((char)b);
                }
                else
                {
                    escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return escaped.ToString();
        }
    }

    public override string ToString() => Name;
}
