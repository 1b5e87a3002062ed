using AngleSharp.Dom;

namespace NewsPortal.Tests.Security.Fuzzing;

public enum FieldKind
{
    Text,
    Hidden,
    Choice,
    Checkbox,
    File,
}

public sealed record FormField(string Name, FieldKind Kind, string? Value);

/// <summary>
/// One way of sending a form: its fields and where the chosen submit button sends them. A form with several
/// buttons (Preview, Save, Publish…) is several targets.
/// </summary>
public sealed record FormTarget(string PageUrl, string Action, bool Multipart, IReadOnlyList<FormField> Fields)
{
    /// <summary>The action with the page's numbers taken out: the same form on two stories is one target.</summary>
    public string Key => System.Text.RegularExpressions.Regex.Replace(Action, "[0-9]+", "N") + " " + string.Join(',', Fields.Select(f => f.Name));

    public override string ToString() => $"{Action} (form on {PageUrl})";
}

/// <summary>A form that is sent by GET: its fields are query keys of the page it sends to.</summary>
public sealed record QueryForm(string Action, IReadOnlyList<string> Keys);

/// <summary>Reads a page's forms as a browser would: every named field, and every submit button's formaction.</summary>
public static class FormCatalog
{
    public static IReadOnlyList<FormTarget> PostTargets(IDocument page, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        var targets = new List<FormTarget>();
        var forms = page.QuerySelectorAll("form");
        foreach (var form in forms)
        {
            if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var formAction = form.GetAttribute("action") is { Length: > 0 } action ? action : pageUrl;
            var actions = form.QuerySelectorAll("button, input[type=submit]")
                .Where(button => button.GetAttribute("type") is null or "submit")
                .Select(button => button.GetAttribute("formaction") ?? formAction)
                .DefaultIfEmpty(formAction)
                .Distinct(StringComparer.Ordinal);
            var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
            targets.AddRange(actions.Select(a => new FormTarget(pageUrl, a, multipart, Fields(form))));
        }

        return targets;
    }

    /// <summary>
    /// The same target on a freshly loaded page, with its new token and version; when the button is gone (a published
    /// story has no Publish), the old fields with the new page's hidden values.
    /// </summary>
    public static FormTarget Refresh(FormTarget target, IDocument page, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(target);
        var targets = PostTargets(page, pageUrl);
        if (targets.FirstOrDefault(t => t.Key == target.Key) is { } same)
        {
            return same;
        }

        var hidden = targets.SelectMany(t => t.Fields).Where(f => f.Kind == FieldKind.Hidden).DistinctBy(f => f.Name).ToDictionary(f => f.Name, f => f.Value);
        return target with
        {
            PageUrl = pageUrl,
            Fields = target.Fields.Select(f => f.Kind == FieldKind.Hidden && hidden.TryGetValue(f.Name, out var value) ? f with { Value = value } : f).ToList(),
        };
    }

    public static IReadOnlyList<QueryForm> QueryForms(IDocument page, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelectorAll("form")
            .Where(form => !string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            .Select(form => new QueryForm(
                form.GetAttribute("action") is { Length: > 0 } action ? action : pageUrl.Split('?')[0],
                Fields(form).Select(field => field.Name).ToList()))
            .ToList();
    }

    /// <summary>The values a browser would send untouched: what the page filled in, checked boxes, chosen options.</summary>
    public static IReadOnlyList<FormField> Fields(IElement form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<FormField>();
        foreach (var field in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = field.GetAttribute("name")!;
            if (fields.Any(f => f.Name == name))
            {
                continue;
            }

            var type = field.GetAttribute("type")?.ToLowerInvariant();
            fields.Add(field.LocalName switch
            {
                "textarea" => new FormField(name, FieldKind.Text, field.TextContent),
                "select" => new FormField(name, FieldKind.Choice,
                    (field.QuerySelector("option[selected]") ?? field.QuerySelector("option"))?.GetAttribute("value") ?? ""),
                _ => type switch
                {
                    "file" => new FormField(name, FieldKind.File, null),
                    "checkbox" => new FormField(name, FieldKind.Checkbox, field.HasAttribute("checked") ? field.GetAttribute("value") ?? "on" : null),
                    "hidden" => new FormField(name, FieldKind.Hidden, field.GetAttribute("value") ?? ""),
                    _ => new FormField(name, FieldKind.Text, field.GetAttribute("value") ?? ""),
                },
            });
        }

        return fields;
    }
}
