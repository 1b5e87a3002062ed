using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>Feeds the corpus to every route parameter, query key and form field of the app.</summary>
public sealed class RouteFuzzer(FuzzClient client, FuzzWorld world, IReadOnlyList<FuzzRoute> routes, FuzzSession reader, FuzzSession newsroom)
{
    /// <summary>Keys some page or endpoint reads, or that a prober would try; each is sent to every route.</summary>
    public static readonly IReadOnlyList<string> KnownQueryKeys =
        ["page", "pageSize", "tag", "section", "q", "returnUrl", "ReturnUrl", "handler", "status", "state", "sort", "before", "after", "from", "to", "id", "slug", "number", "code"];

    private static readonly string[] OtherMethods = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

    private readonly List<QueryForm> _queryForms = [];
    private readonly List<FormTarget> _postTargets = [];

    public IReadOnlyList<FormTarget> PostTargets => _postTargets;

    public IReadOnlyList<QueryForm> QueryForms => _queryForms;

    public int FieldsFuzzed { get; private set; }

    public int QueryKeysFuzzed { get; private set; }

    private FuzzSession SessionFor(FuzzRoute route) => route.IsAdmin ? newsroom : reader;

    private string ValidPath(FuzzRoute route) => route.PathWith(parameter => world.ValidValue(route, parameter));

    /// <summary>Loads every page the routes lead to, and the draft's editor, and reads their forms.</summary>
    public async Task DiscoverFormsAsync()
    {
        client.Phase = "form discovery";
        var pages = routes.Where(route => route.Methods.Count == 0 || route.Answers("GET"))
            .Select(route => (Session: SessionFor(route), Url: ValidPath(route)))
            .Append((newsroom, $"/admin/stories/{world.DraftId}/edit"))
            .Append((reader, "/admin/sign-in"));
        foreach (var (session, url) in pages)
        {
            var (_, page) = await session.LoadSignedInAsync(url);
            if (page is null || page.ContentType != "text/html")
            {
                continue;
            }

            _queryForms.AddRange(FormCatalog.QueryForms(page, url));
            foreach (var target in FormCatalog.PostTargets(page, url).Where(t => _postTargets.TrueForAll(known => known.Key != t.Key)))
            {
                _postTargets.Add(target);
            }
        }
    }

    /// <summary>Each route bare, with each other method, and with each parameter replaced by each bad value.</summary>
    public async Task FuzzRoutesAsync()
    {
        client.Phase = "routes";
        var cases = new List<(FuzzSession Session, string Method, string Url, string Field, string Value)>();
        foreach (var route in routes)
        {
            var session = SessionFor(route);
            var valid = ValidPath(route);
            cases.Add((session, "GET", valid, "(none)", "(valid)"));
            cases.Add((reader, "GET", valid, "(signed out)", "(valid)"));
            cases.AddRange(OtherMethods.Select(method => (session, method, valid, "(method)", method)));
            foreach (var parameter in route.Parameters)
            {
                string PathWith(string value) => route.PathWith(p => p.Name == parameter.Name ? value : world.ValidValue(route, p));
                cases.AddRange(FuzzCorpus.Values.Select(value => (session, "GET", PathWith(value.Escaped), parameter.Name, value.Name)));
                cases.AddRange(FuzzCorpus.RawPathSegments.Select(raw => (session, "GET", PathWith(raw), parameter.Name, raw)));
            }
        }

        // Uploaded photos are files, not endpoints; their folder is fuzzed by hand.
        cases.AddRange(FuzzCorpus.Values.Select(value => (reader, "GET", "/media/" + value.Escaped, "media file", value.Name)));
        cases.AddRange(FuzzCorpus.RawPathSegments.Select(raw => (reader, "GET", "/media/" + raw, "media file", raw)));

        await Parallel.ForEachAsync(cases, Parallelism, async (item, _) =>
            await client.TryAsync(item.Session.Request(new HttpMethod(item.Method), item.Url), new FuzzCase(item.Method, item.Url, item.Field, item.Value)));
    }

    /// <summary>Each GET route with each query key it reads, or that a form sends it, or that is commonly probed.</summary>
    public async Task FuzzQueriesAsync()
    {
        client.Phase = "query";
        var cases = new List<(FuzzSession Session, string Url, string Field, string Value)>();
        foreach (var route in routes.Where(route => route.Answers("GET")))
        {
            var path = ValidPath(route);
            // Keys the route reads, found from its code or its forms, get every value; keys it should ignore, a sample.
            var reads = route.QueryKeys
                .Concat(_queryForms.Where(form => Matches(route, form.Action)).SelectMany(form => form.Keys))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var keys = reads.Concat(KnownQueryKeys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            QueryKeysFuzzed += keys.Count;
            foreach (var key in keys)
            {
                var escapedKey = Uri.EscapeDataString(key);
                var values = reads.Contains(key) ? FuzzCorpus.Values : FuzzCorpus.Sample;
                cases.AddRange(values.Select(value => (SessionFor(route), $"{path}?{escapedKey}={value.Escaped}", key, value.Name)));
                if (reads.Contains(key))
                {
                    cases.AddRange(FuzzCorpus.RawPathSegments.Select(raw => (SessionFor(route), $"{path}?{escapedKey}={raw}", key, raw)));
                    cases.Add((SessionFor(route), $"{path}?{escapedKey}", key, "(no =)"));
                    cases.Add((SessionFor(route), $"{path}?{escapedKey}=1&{escapedKey}=abc", key, "(twice)"));
                }
            }

            cases.Add((SessionFor(route), $"{path}?{new string('k', 10_000)}=1", "(10,000-character key)", "1"));
            cases.Add((SessionFor(route), $"{path}?%FF%FE=1&%C0%AF=2", "(invalid UTF-8 key)", "1"));
            cases.Add((SessionFor(route), $"{path}?{string.Join('&', Enumerable.Range(0, 2_000).Select(i => $"k{i}=1"))}", "(2,000 keys)", "1"));
        }

        await Parallel.ForEachAsync(cases, Parallelism, async (item, _) =>
            await client.TryAsync(item.Session.Request(HttpMethod.Get, item.Url), new FuzzCase("GET", item.Url, item.Field, item.Value)));
    }

    /// <summary>
    /// Every field of every form, each bad value in turn while the others stay valid, then the file cases and posts
    /// no browser would send. Each form gets its own account and story, so forms can run side by side.
    /// </summary>
    public async Task FuzzFormsAsync()
    {
        client.Phase = "forms";
        await Parallel.ForEachAsync(_postTargets, Parallelism, async (target, _) =>
        {
            var run = new FormRun(client, world, await world.SessionForAsync(client, target), await OwnPageAsync(target));
            await run.LoadAsync();
            // Every button of a form binds the same fields: the form's main button gets every value, the others a sample.
            var values = IsMainButton(target) ? FuzzCorpus.Values : FuzzCorpus.Sample;
            foreach (var field in run.Target.Fields.Where(f => f.Kind != FieldKind.File))
            {
                foreach (var value in values)
                {
                    await run.PostAsync(field.Name, value.Name, run.Fields(field.Name, value.Bytes), []);
                }
            }

            foreach (var key in QueryOf(run.Target.Action).Keys)
            {
                foreach (var value in FuzzCorpus.Values)
                {
                    var others = QueryOf(run.Target.Action).Where(pair => pair.Key != key).Select(pair => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(pair.Value.ToString())}&");
                    await run.PostAsync($"?{key}", value.Name, run.Fields(), [], $"{run.Target.Action.Split('?')[0]}?{string.Concat(others)}{Uri.EscapeDataString(key)}={value.Escaped}");
                }
            }

            foreach (var file in run.Target.Fields.Where(f => f.Kind == FieldKind.File))
            {
                foreach (var bad in FuzzFiles.For(file.Name, maxBytes: 5 * 1024 * 1024))
                {
                    await run.PostAsync(file.Name, $"file \"{Shorten(bad.FileName)}\" of {bad.Bytes.Length:N0} bytes", run.Fields(), [bad]);
                }
            }

            await run.PostOddAsync();
            lock (_postTargets)
            {
                FieldsFuzzed += run.Target.Fields.Count;
            }
        });
    }

    /// <summary>A form's only button, or the editor's Save and the notice and restore buttons of a story.</summary>
    private bool IsMainButton(FormTarget target)
    {
        var form = target.Key[(target.Key.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var siblings = _postTargets.Where(t => t.PageUrl == target.PageUrl && t.Key.EndsWith(" " + form, StringComparison.Ordinal)).ToList();
        return siblings.Count <= 1 || target.Action.Contains("handler=Save", StringComparison.Ordinal);
    }

    /// <summary>A story page of the target's own, so that its saves do not race another form's on the same story.</summary>
    private async Task<FormTarget> OwnPageAsync(FormTarget target)
    {
        if (!target.PageUrl.StartsWith("/admin/stories/", StringComparison.Ordinal) || target.PageUrl.StartsWith("/admin/stories/new", StringComparison.Ordinal))
        {
            return target;
        }

        var oldId = target.PageUrl.Split('/')[3];
        var newId = (await world.NewStoryAsync(published: oldId == world.PublishedId.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return target with
        {
            PageUrl = target.PageUrl.Replace($"/{oldId}/", $"/{newId}/", StringComparison.Ordinal),
            Action = target.Action.Replace($"/{oldId}/", $"/{newId}/", StringComparison.Ordinal),
        };
    }

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> QueryOf(string action) =>
        QueryHelpers.ParseQuery(action.Contains('?', StringComparison.Ordinal) ? action[action.IndexOf('?', StringComparison.Ordinal)..] : "");

    private static bool Matches(FuzzRoute route, string action)
    {
        var path = action.Split('?')[0];
        var template = new Microsoft.AspNetCore.Routing.Template.TemplateMatcher(
            Microsoft.AspNetCore.Routing.Template.TemplateParser.Parse(route.Template.TrimStart('/')), new Microsoft.AspNetCore.Routing.RouteValueDictionary());
        return template.TryMatch(path, new Microsoft.AspNetCore.Routing.RouteValueDictionary());
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : $"{text[..40]}… ({text.Length:N0} characters)";

    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = 4 };
}

/// <summary>One form target being fuzzed: its latest valid values, reloaded whenever a post changed something.</summary>
internal sealed class FormRun(FuzzClient client, FuzzWorld world, FuzzSession session, FormTarget target)
{
    public FormTarget Target { get; private set; } = target;

    public async Task LoadAsync()
    {
        var (status, page) = await session.LoadSignedInAsync(Target.PageUrl);
        if (status == HttpStatusCode.NotFound && Target.PageUrl.StartsWith("/admin/stories/", StringComparison.Ordinal))
        {
            // The form deleted its story: carry on with a new one.
            var oldId = Target.PageUrl.Split('/')[3];
            var newId = (await world.NewStoryAsync(published: false)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Target = Target with
            {
                PageUrl = Target.PageUrl.Replace($"/{oldId}/", $"/{newId}/", StringComparison.Ordinal),
                Action = Target.Action.Replace($"/{oldId}/", $"/{newId}/", StringComparison.Ordinal),
            };
            (_, page) = await session.LoadSignedInAsync(Target.PageUrl);
        }

        if (page is IDocument loaded)
        {
            Target = FormCatalog.Refresh(Target, loaded, Target.PageUrl);
        }
    }

    /// <summary>The form's valid values, with one field's bytes replaced (or added when the page had none).</summary>
    public List<SentField> Fields(string? replaced = null, byte[]? value = null)
    {
        var fields = Target.Fields
            .Where(field => field.Kind != FieldKind.File && field.Name != replaced)
            .Select(field => (field.Name, Value: world.ValidValue(Target, field)))
            .Where(field => field.Value is not null)
            .Select(field => SentField.Of(field.Name, field.Value!))
            .ToList();
        if (replaced is not null)
        {
            fields.Add(new SentField(replaced, value!));
        }

        return fields;
    }

    public async Task PostAsync(string field, string valueName, List<SentField> fields, IReadOnlyList<FuzzFile> files, string? action = null, bool urlEncoded = false)
    {
        action ??= Target.Action;
        HttpContent body = Target.Multipart && !urlEncoded ? FormBodies.Multipart(fields, files) : FormBodies.UrlEncoded(fields);
        var status = await client.TryAsync(session.Request(HttpMethod.Post, action, body), new FuzzCase("POST", action, field, valueName));
        // Something was saved, deleted or signed out: the next post needs the page's new version, token or session.
        // A form that makes something new (a story, a sign-in) is as valid after as before.
        var makesNew = Target.PageUrl.EndsWith("/new", StringComparison.Ordinal) || Target.PageUrl.EndsWith("/sign-in", StringComparison.Ordinal);
        if (status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && !makesNew)
        {
            await LoadAsync();
        }
    }

    /// <summary>Posts no browser would send: no token, unknown and repeated fields, too many fields, a huge or broken field name.</summary>
    public async Task PostOddAsync()
    {
        var withoutToken = Fields().Where(f => f.Name != "__RequestVerificationToken").ToList();
        await PostAsync("__RequestVerificationToken", "(left out)", withoutToken, []);

        string[] unknown = ["Unknown", "Id", "Draft.Id", "Draft.AuthorId", "Status", "Role", "IsDisabled", "__proto__", "Draft.Tags[0]", "Draft[Headline]"];
        await PostAsync("(unknown fields)", string.Join(", ", unknown), [.. Fields(), .. unknown.Select(name => SentField.Of(name, "1"))], []);
        await PostAsync("(every field twice)", "valid then abc", [.. Fields(), .. Fields().Select(f => SentField.Of(f.Name, "abc"))], []);
        await PostAsync("(2,000 extra fields)", "1", [.. Fields(), .. Enumerable.Range(0, 2_000).Select(i => SentField.Of($"f{i}", "1"))], []);
        await PostAsync("(10,000-character field name)", "1", [.. Fields(), SentField.Of(new string('n', 10_000), "1")], []);
        await PostAsync("(field name not UTF-8)", "1", [.. Fields(), new SentField("\uFFFD", [0x31])], []);
        if (Target.Multipart)
        {
            // Invalid bytes in a url-encoded body too, which the page accepts as well.
            foreach (var value in FuzzCorpus.Values.Where(v => v.Name.Contains("UTF-8", StringComparison.Ordinal) || v.Name.Contains("surrogate", StringComparison.Ordinal)))
            {
                foreach (var field in Target.Fields.Where(f => f.Kind is FieldKind.Text))
                {
                    await PostAsync(field.Name, value.Name + " (url-encoded)", Fields(field.Name, value.Bytes), [], urlEncoded: true);
                }
            }
        }

        await SendAsync("(JSON body)", "{\"Draft\":{\"Headline\":1}}", new StringContent("{\"Draft\":{\"Headline\":1}}", System.Text.Encoding.UTF8, "application/json"));
        await SendAsync("(body without a type)", "FF FE 00", new ByteArrayContent([0xFF, 0xFE, 0x00]));
        var unterminated = new StringContent("--fuzz\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno end");
        unterminated.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=fuzz");
        await SendAsync("(multipart never closed)", "no end", unterminated);
        var noBoundary = new StringContent("a=1");
        noBoundary.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data");
        await SendAsync("(multipart without boundary)", "a=1", noBoundary);
    }

    private Task<HttpStatusCode?> SendAsync(string field, string value, HttpContent body) =>
        client.TryAsync(session.Request(HttpMethod.Post, Target.Action, body), new FuzzCase("POST", Target.Action, field, value));
}
