using System.Text;

namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>Bad uploads for every file field: empty, mislabelled, oddly named, too large.</summary>
public static class FuzzFiles
{
    // The smallest valid PNG: one transparent pixel.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static IReadOnlyList<FuzzFile> For(string field, long maxBytes) =>
    [
        new(field, "empty.jpg", []),
        new(field, "", Png),
        new(field, new string('a', 10_000) + ".png", Png),
        new(field, "../../../etc/passwd.png", Png),
        new(field, "..\\..\\..\\windows\\evil.png", Png),
        new(field, "/etc/passwd", Png),
        new(field, "photo.png\" name=\"Draft.Headline", Png),
        new(field, "\u0444\u043E\u0442\u043E \U0001F600.png", Png),
        new(field, "\u202Egnp.exe", Png),
        new(field, "photo.jpg", Encoding.ASCII.GetBytes("GIF89a\u0001\u0000\u0001\u0000 not a jpeg")),
        new(field, "photo.png", Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>")),
        new(field, "photo.webp", Encoding.ASCII.GetBytes("RIFF")),
        new(field, "photo.jpg", [0xFF, 0xD8]),
        new(field, "photo.jpg", [0xFF, 0xD8, 0xFF]),
        new(field, "photo.png", Png, "text/html"),
        new(field, "huge.png", [.. Png, .. new byte[maxBytes]]),
    ];
}
