using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsPortal.TestVectors;

/// <summary>
/// Reads parsed markup the way a browser would act on it and lists whatever could run script, load a
/// document, or send a request on its own: script-capable elements, event-handler attributes, URLs with a
/// scheme other than http, https or mailto, and styles that load or evaluate something.
/// </summary>
public static partial class InertMarkup
{
    private static readonly HashSet<string> ScriptCapableElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "form", "style",
        "svg", "math", "template", "noscript", "isindex", "portal",
    };

    // Every attribute a browser resolves as an address (HTML, SVG and legacy ones).
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "xlink:href", "src", "srcset", "action", "formaction", "poster", "background", "cite", "longdesc",
        "data", "codebase", "ping", "manifest", "lowsrc", "dynsrc", "icon", "usemap", "archive",
    };

    private static readonly char[] ControlsAndSpace = Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray();

    private static readonly HashSet<string> AllowedSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    /// <summary>Everything under <paramref name="root"/> (itself included) that could act; empty when the markup is inert.</summary>
    public static IReadOnlyList<string> Problems(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var problems = new List<string>();
        foreach (var element in root.QuerySelectorAll("*").Prepend(root))
        {
            if (ScriptCapableElements.Contains(element.LocalName))
            {
                problems.Add($"<{element.LocalName}> element: {Shorten(element.OuterHtml)}");
            }

            foreach (var attribute in element.Attributes)
            {
                var problem = Judge(attribute);
                if (problem is not null)
                {
                    problems.Add($"<{element.LocalName} {attribute.Name}=\"{Shorten(attribute.Value)}\">: {problem}");
                }
            }
        }

        return problems;
    }

    /// <summary>The scheme a browser would see in this attribute value, or null for a relative address.</summary>
    public static string? SchemeOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        // The URL parser drops tabs and newlines anywhere and C0 controls and spaces at either end.
        var cleaned = TabsAndNewlines().Replace(url, "").Trim(ControlsAndSpace);
        var scheme = Scheme().Match(cleaned);
        return scheme.Success ? scheme.Groups[1].Value : null;
    }

    private static string? Judge(IAttr attribute)
    {
        var name = attribute.Name;
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return "event handler";
        }

        if (name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
        {
            return "inline document";
        }

        if (name.Equals("style", StringComparison.OrdinalIgnoreCase) && LoadsOrEvaluates(attribute.Value))
        {
            return "style that loads or evaluates";
        }

        if (UrlAttributes.Contains(name) || name.EndsWith(":href", StringComparison.OrdinalIgnoreCase))
        {
            // srcset holds several addresses, each followed by a size.
            var urls = name.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                ? attribute.Value.Split(',').Select(candidate => candidate.Trim().Split(' ')[0])
                : [attribute.Value];
            foreach (var url in urls)
            {
                if (SchemeOf(url) is { } scheme && !AllowedSchemes.Contains(scheme))
                {
                    return $"{scheme}: address";
                }
            }
        }

        return null;
    }

    private static bool LoadsOrEvaluates(string css)
    {
        // CSS escapes (\72 for r) and comments can hide a keyword.
        var plain = CssComments().Replace(CssEscapes().Replace(css, match => Unescape(match.Value)), "");
        return CssLoaders().IsMatch(plain);
    }

    private static string Unescape(string escape)
    {
        var hex = escape[1..].Trim();
        return hex.Length > 0 && hex.All(Uri.IsHexDigit) ? char.ConvertFromUtf32(Convert.ToInt32(hex, 16)) : escape[1..];
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    [GeneratedRegex("[\t\n\r]")]
    private static partial Regex TabsAndNewlines();

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\\([0-9a-fA-F]{1,6}\s?|.)")]
    private static partial Regex CssEscapes();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssComments();

    [GeneratedRegex(@"url\s*\(|expression\s*\(|behavior\s*:|-moz-binding|@import|image-set\s*\(|image\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex CssLoaders();
}
