using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Api;

/// <summary>
/// The list's query as the client wrote it. Values are bound as strings and checked here, so that
/// <c>?page=abc</c> gets a problem body that names the parameter, not the framework's bare 400.
/// </summary>
public sealed class StoryListQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    private static readonly string[] Names = ["page", "pageSize", "tag", "section"];

    [FromQuery(Name = "page"), Description("Page number, from 1 (the default), in digits alone.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize"), Description("Stories a page, 1 to 100 in digits alone; 20 by default.")]
    public string? PageSize { get; init; }

    [FromQuery(Name = "tag"), Description("Only stories with this tag (its slug, as in /api/tags).")]
    public string? Tag { get; init; }

    [FromQuery(Name = "section"), Description("Only stories of this section: its name in any letter case, or the slug of its page (/sections/{slug}).")]
    public string? Section { get; init; }

    /// <summary>The checked query, or the reason for each parameter that is wrong.</summary>
    public (StoryFilter? Filter, Dictionary<string, string[]> Errors) Check(IQueryCollection? sent = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        // A parameter given twice (?tag=a&tag=b) reaches the binder as one value, "a,b": say so, rather than filter by it.
        foreach (var name in Names.Where(name => sent?[name].Count > 1))
        {
            errors[name] = [$"The {name} must be given once; it was given {sent![name].Count} times."];
        }

        var page = WholeNumber(Page, "page", 1, int.MaxValue, 1, "a whole number from 1 up, as in page=2", errors);
        var pageSize = WholeNumber(PageSize, "pageSize", 1, MaxPageSize, DefaultPageSize, $"a whole number from 1 to {MaxPageSize}", errors);
        NotBlank(Tag, "tag", errors);
        NotBlank(Section, "section", errors);
        return errors.Count > 0
            ? (null, errors)
            : (new StoryFilter(page, pageSize, Tag?.Trim().ToLowerInvariant(), Section?.Trim()), errors);
    }

    private static int WholeNumber(string? text, string name, int min, int max, int missing, string rule, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return missing;
        }

        if (QueryNumber.TryRead(text, min, max, out var value))
        {
            return value;
        }

        errors[name] = [QueryNumber.Respelling(text, min, max) is { } digits
            ? $"The {name} must be written as {digits}, in digits alone; \"{Shorten(text)}\" is not."
            : $"The {name} must be {rule}; \"{Shorten(text)}\" is not."];
        return missing;
    }

    private static void NotBlank(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            errors[name] = [$"The {name} must not be empty; leave it out to list stories of every {name}."];
        }
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}

/// <summary>A checked list query; <see cref="Tag"/> is a lower-case slug.</summary>
public sealed record StoryFilter(int Page, int PageSize, string? Tag, string? Section)
{
    /// <summary>The address of another page of the same list, relative to the site.</summary>
    public string PathOfPage(int page)
    {
        var query = new List<KeyValuePair<string, string?>>
        {
            new("page", page.ToString(CultureInfo.InvariantCulture)),
            new("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)),
        };
        if (Tag is not null)
        {
            query.Add(new("tag", Tag));
        }

        if (Section is not null)
        {
            query.Add(new("section", Section));
        }

        return StoriesApi.ListPath + QueryString.Create(query);
    }
}
