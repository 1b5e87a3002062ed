using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace NewsPortal.Web.Pages;

/// <summary>
/// Marks a field the form was sent back for with <c>aria-invalid="true"</c> and points its <c>aria-describedby</c> at
/// its lines in the form's list of problems (<see cref="FormProblems"/>), after any hint it already names, so that a
/// screen reader reaching the field says what is wrong with it. The framework's own helpers only add a class. Fields
/// written out by hand name their model state key with <c>problem-key</c>.
/// </summary>
// An input has no end tag: said here, since a field written by hand has no framework helper to say it.
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("input", Attributes = "problem-key", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("textarea", Attributes = "problem-key")]
public sealed class FieldProblemTagHelper : TagHelper
{
    private const string DescribedBy = "aria-describedby";

    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName("problem-key")]
    public string? ProblemKey { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // After the framework's input and textarea helpers, which write the id and type this reads.
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var key = For is { } field ? ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name) : ProblemKey;
        if (key is null || string.Equals(Attribute(output, "type"), "hidden", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var problems = FormProblems.IdsFor(ViewContext.ViewData, key);
        if (problems.Count == 0)
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var described = (Attribute(output, DescribedBy) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A field that shows its problem beside itself (the photo's, which the script also fills) is described by that, not twice.
        if (Attribute(output, "id") is { } id && described.Contains($"{id}-problem"))
        {
            return;
        }

        output.Attributes.SetAttribute(DescribedBy, string.Join(' ', described.Concat(problems)));
    }

    private static string? Attribute(TagHelperOutput output, string name) =>
        output.Attributes.TryGetAttribute(name, out var attribute) ? attribute.Value?.ToString() : null;
}
