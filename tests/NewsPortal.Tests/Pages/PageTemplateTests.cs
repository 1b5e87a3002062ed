using System.Reflection;
using Microsoft.AspNetCore.Mvc.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace NewsPortal.Tests.Pages;

public class PageTemplateTests
{
    // Razor puts these on every page's <head> and <body> unless told otherwise; each then holds its element's whole
    // content in a buffer of its own before writing it out, for tag helper components the site does not have.
    [Fact]
    public void NoPageOrLayoutBuffersItsWholeHeadOrBodyForTagHelperComponents()
    {
        var templates = typeof(Program).Assembly.GetTypes().Where(type => typeof(IRazorPage).IsAssignableFrom(type)).ToList();
        var buffering = templates
            .Where(type => type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
                .Any(field => field.FieldType == typeof(HeadTagHelper) || field.FieldType == typeof(BodyTagHelper)))
            .Select(type => type.FullName);

        Assert.Contains(templates, type => type.FullName!.EndsWith("Pages_Shared__Layout", StringComparison.Ordinal));
        Assert.Empty(buffering);
    }
}
