using System.Net.Http.Headers;
using System.Text;

namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>A field as sent: its name and the exact bytes of its value.</summary>
public sealed record SentField(string Name, byte[] Value)
{
    public static SentField Of(string name, string value) => new(name, Encoding.UTF8.GetBytes(value));
}

/// <summary>A file as sent: the Content-Disposition file name written as is, so that it may be anything.</summary>
public sealed record FuzzFile(string Name, string FileName, byte[] Bytes, string ContentType = "application/octet-stream")
{
    public override string ToString() => Name;
}

/// <summary>Request bodies built byte by byte, so that a value may be bytes no encoder would write.</summary>
public static class FormBodies
{
    public static ByteArrayContent UrlEncoded(IEnumerable<SentField> fields)
    {
        var body = string.Join('&', fields.Select(field => $"{Uri.EscapeDataString(field.Name)}={new FuzzValue("", field.Value).Escaped}"));
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    public static MultipartFormDataContent Multipart(IEnumerable<SentField> fields, IEnumerable<FuzzFile> files)
    {
        var content = new MultipartFormDataContent();
        foreach (var field in fields)
        {
            var part = new ByteArrayContent(field.Value);
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{field.Name}\"");
            content.Add(part);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Bytes);
            part.Headers.TryAddWithoutValidation("Content-Type", file.ContentType);
            if (file.FileName.All(c => c is >= ' ' and <= '~'))
            {
                part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{file.Name}\"; filename=\"{file.FileName}\"");
                content.Add(part);
            }
            else
            {
                // Names outside printable ASCII go as RFC 5987 filename*, as browsers send them.
                content.Add(part, file.Name, file.FileName);
            }
        }

        return content;
    }
}
