using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Routing.Patterns;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>
/// What the fuzzer needs to exist before it starts: stories with revisions, a tag, a section, the accounts it
/// signs in with, and a valid value for every route parameter and form field it is not fuzzing.
/// </summary>
public sealed class FuzzWorld
{
    private readonly FuzzPortalFactory _app;
    private readonly HttpClient _editor;

    private FuzzWorld(FuzzPortalFactory app, HttpClient editor, string signInEmail)
    {
        (_app, _editor, SignInEmail) = (app, editor, signInEmail);
    }

    public const string TagSlug = "fuzz-tag";
    public const string SectionSlug = "fuzz-desk";

    public int PublishedId { get; private set; }
    public string PublishedSlug { get; private set; } = "";
    public int DraftId { get; private set; }

    /// <summary>The account the sign-in form is fuzzed against; it may end up locked out, which is a fine answer too.</summary>
    public string SignInEmail { get; }

    public static async Task<FuzzWorld> CreateAsync(FuzzPortalFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First by email, so that the users page's first role and disable forms are about this account and not the fuzzer's own.
        await app.AddUserAsync(Roles.Author, "aa-fuzz-target@newsroom.example");
        var world = new FuzzWorld(app, await app.SignedInAsync(Roles.Admin), await app.AddUserAsync(Roles.Author));
        world.PublishedId = await world.NewStoryAsync(published: true);
        world.PublishedSlug = await app.WithStoreAsync(db => db.Articles.Where(a => a.Id == world.PublishedId).Select(a => a.Slug).SingleAsync());
        world.DraftId = await world.NewStoryAsync(published: false);
        return world;
    }

    /// <summary>A story made through the editor, saved twice so that it has a history to compare and restore.</summary>
    public async Task<int> NewStoryAsync(bool published)
    {
        var fields = new Dictionary<string, string>
        {
            ["Draft.Headline"] = $"Harbour cranes return {Guid.NewGuid():N}",
            ["Draft.Section"] = "Fuzz desk",
            ["Draft.Tags"] = "Fuzz tag, Port",
            ["Draft.Body"] = "The cranes are back.\n\nA second paragraph.",
        };
        using var created = await _editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", fields, published ? "Publish" : "Save");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        fields["Draft.Body"] += "\n\nA third paragraph.";
        using var saved = await _editor.SubmitFormAsync(editUrl, "form.editor__form", fields, "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return int.Parse(editUrl.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A value the route accepts for this parameter, so that only the parameter being fuzzed is wrong.</summary>
    public string ValidValue(FuzzRoute route, RoutePatternParameterPart parameter)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(parameter);
        return parameter.Name switch
        {
            "id" => PublishedId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "slug" when route.Template.StartsWith("/tags/", StringComparison.Ordinal) => TagSlug,
            "slug" when route.Template.StartsWith("/sections/", StringComparison.Ordinal) => SectionSlug,
            "slug" => PublishedSlug,
            "number" => "1",
            "code" => "404",
            "documentName" => "v1",
            _ => "nothing-here",
        };
    }

    /// <summary>A value a form accepts for a field the page left empty or the fuzzer must fill itself.</summary>
    public string? ValidValue(FormTarget target, FormField field)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(field);
        var signIn = target.Action.Contains("sign-in", StringComparison.OrdinalIgnoreCase);
        return field.Name switch
        {
            "Email" when signIn => SignInEmail,
            // An address that exists after the first add: later adds are refused as taken, rather than filling the
            // users page with hundreds of accounts.
            "Email" => "fuzz-added@newsroom.example",
            "Password" or "Current" or "New" or "Confirm" => Newsroom.Password,
            "Draft.Headline" when string.IsNullOrEmpty(field.Value) => "A story the fuzzer writes",
            "NoticeText" => "A correction to the story.",
            "ScheduleAt" when string.IsNullOrEmpty(field.Value) => "2025-03-09T10:00",
            _ => field.Value,
        };
    }

    public Task<FuzzSession> SessionForAsync(FuzzClient client, FormTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Action.Contains("sign-in", StringComparison.OrdinalIgnoreCase)
            ? Task.FromResult(FuzzSession.Anonymous(client))
            : FuzzSession.SignedInAsync(client, _app, Roles.Admin);
    }
}
