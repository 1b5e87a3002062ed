using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NewsPortal.Web.Pages;

/// <summary>One line of a form's list of problems: its id, for the field it is about to point at, and its words.</summary>
public sealed record FormProblem(string Id, string Message);

/// <summary>
/// A form's problems as its summary (<c>_FormErrors</c>) lists them and its fields (<see cref="FieldProblemTagHelper"/>)
/// point at them.
/// </summary>
public static class FormProblems
{
    public static IReadOnlyList<FormProblem> Listed(ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        var listed = new List<FormProblem>();
        foreach (var (key, entry) in viewData.ModelState.Where(entry => entry.Value is { Errors.Count: > 0 }))
        {
            // The same words under two fields are listed once; both fields point at that line.
            foreach (var (message, number) in entry!.Errors.Select(error => error.ErrorMessage).Distinct()
                         .Where(message => listed.TrueForAll(problem => problem.Message != message)).Select((message, index) => (message, index + 1)))
            {
                listed.Add(new FormProblem(IdOf(key, number), message));
            }
        }

        return listed;
    }

    /// <summary>The ids of the listed problems of the field named <paramref name="key"/>; none when it has none.</summary>
    public static IReadOnlyList<string> IdsFor(ViewDataDictionary viewData, string key)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        if (viewData.ModelState[key] is not { Errors.Count: > 0 } entry)
        {
            return [];
        }

        var messages = entry.Errors.Select(error => error.ErrorMessage).ToHashSet(StringComparer.Ordinal);
        return Listed(viewData).Where(problem => messages.Contains(problem.Message)).Select(problem => problem.Id).ToList();
    }

    private static string IdOf(string key, int number) =>
        $"{(key.Length == 0 ? "Form" : TagBuilder.CreateSanitizedId(key, "_"))}-error{(number == 1 ? "" : $"-{number}")}";
}
