using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Support;

/// <summary>Newsroom users and their browsers: accounts made through the app, forms posted with their antiforgery tokens.</summary>
public static class Newsroom
{
    public const string Password = "correct horse battery staple";

    public static async Task<string> AddUserAsync(this NewsPortalFactory app, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@newsroom.example";
        await using var scope = app.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>().AddAsync(email, role, Password);
        Assert.Empty(problems);
        return email;
    }

    private static readonly ConditionalWeakTable<HttpClient, CookieContainer> Jars = [];

    /// <summary>
    /// A browser with its own cookie jar, not following redirects, so tests see each answer. Pass a jar to share cookies
    /// between browsers, as one person's browser meets several instances of the site behind one address.
    /// </summary>
    public static HttpClient CreateBrowser(this NewsPortalFactory app, string origin = "http://localhost/", CookieContainer? jar = null)
    {
        jar ??= new CookieContainer();
        var browser = app.CreateDefaultClient(new Uri(origin), new CookieJarHandler(jar));
        Jars.Add(browser, jar);
        return browser;
    }

    /// <summary>The same browser, cookies and all, sent to another instance of the site, as a load balancer would.</summary>
    public static HttpClient SameBrowserOn(this HttpClient browser, NewsPortalFactory instance)
    {
        var jar = Jars.TryGetValue(browser, out var cookies) ? cookies : throw new ArgumentException("Not a browser made by CreateBrowser.", nameof(browser));
        return instance.CreateBrowser(jar: jar);
    }

    /// <summary>The Cookie header the browser would send: what a thief who copied it would replay.</summary>
    public static string CookieHeader(this HttpClient browser) => Jars.TryGetValue(browser, out var jar) ? jar.GetCookieHeader(new Uri("http://localhost/")) : "";

    private sealed class CookieJarHandler(CookieContainer jar) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = jar.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies)
                {
                    jar.SetCookies(request.RequestUri!, cookie);
                }
            }

            return response;
        }
    }

    public static async Task<HttpClient> SignedInAsync(this NewsPortalFactory app, string role, string? email = null)
    {
        email = await app.AddUserAsync(role, email);
        var browser = app.CreateBrowser();
        using var response = await browser.SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Loads a page, fills the form that <paramref name="formSelector"/> finds and posts it as a browser would.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient browser, string pageUrl, string formSelector, Dictionary<string, string> fields, string? handler = null, params (string Field, string FileName, byte[] Bytes)[] files) =>
        await browser.SubmitFormAsync(await browser.GetPageAsync(pageUrl), pageUrl, formSelector, fields, handler, files);

    /// <summary>Fills and posts the form of a page loaded earlier, as a browser left open on it would, whatever happened since.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient browser, IDocument page, string pageUrl, string formSelector, Dictionary<string, string> fields, string? handler = null, params (string Field, string FileName, byte[] Bytes)[] files)
    {
        var form = page.QuerySelector(formSelector) ?? throw new Xunit.Sdk.XunitException($"No form '{formSelector}' on {pageUrl}.");
        var values = FormValues(form);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        // As a browser does: the clicked button's formaction wins over the form's action, which defaults to the page.
        // Without such a button the post is forged, as someone probing the server would.
        var action = form.GetAttribute("action") is { Length: > 0 } formAction ? formAction : pageUrl;
        if (handler is not null)
        {
            action = form.QuerySelectorAll("button[formaction]").Select(button => button.GetAttribute("formaction")!)
                .FirstOrDefault(url => url.EndsWith($"handler={handler}", StringComparison.Ordinal))
                ?? $"{pageUrl.Split('?')[0]}?handler={handler}";
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), field, fileName);
        }

        return await browser.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public static async Task<IDocument> ParseAsync(this HttpResponseMessage response) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(response.Content.ReadAsStream()));

    private static Dictionary<string, string> FormValues(IElement form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = field.GetAttribute("name")!;
            var type = field.GetAttribute("type");
            if (type is "file" or "submit")
            {
                continue;
            }

            if (type == "checkbox")
            {
                if (field.HasAttribute("checked"))
                {
                    values[name] = field.GetAttribute("value") ?? "on";
                }

                continue;
            }

            values[name] = field.LocalName switch
            {
                "textarea" => field.TextContent,
                "select" => field.QuerySelector("option[selected]")?.GetAttribute("value") ?? field.QuerySelector("option")?.GetAttribute("value") ?? "",
                _ => field.GetAttribute("value") ?? "",
            };
        }

        return values;
    }
}
