using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NewsPortal.Web.Pages;

/// <summary>One line of a form's list of problems: its id, for the field it is about to point at, and its words.</summary>
public sealed record FormProblem(string Id, string Message);

/// <summary>
/// A form's problems as its summary (<c>_FormErrors</c>) lists them and its fields (<see cref="FieldProblemTagHelper"/>)
/// point at them: the form's own first, then each field's in the order the page declares its fields, which is the order
/// the form shows them (model state keeps its keys in an order of its own, which put "New password" first and "Current
/// password" last).
/// </summary>
public static class FormProblems
{
    public static IReadOnlyList<FormProblem> Listed(ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        // The page model's own properties: a partial's model is declared as object.
        var fields = viewData.ModelExplorer.Properties.Select(property => property.Metadata).ToList();
        var listed = new List<FormProblem>();
        foreach (var (key, entry) in viewData.ModelState.Where(entry => entry.Value is { Errors.Count: > 0 })
                     .OrderBy(entry => Position(fields, entry.Key), PositionOrder))
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

    /// <summary>Where the field sits among the page's properties, level by level ("Draft.Body": Draft's place, then Body's in it); the form's own problems first, unknown keys last.</summary>
    private static int[] Position(IReadOnlyList<ModelMetadata> fields, string key)
    {
        if (key.Length == 0)
        {
            return [];
        }

        var position = new List<int>();
        var properties = fields.ToList();
        foreach (var name in key.Split('.'))
        {
            var index = properties.FindIndex(property => string.Equals(property.PropertyName, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                position.Add(int.MaxValue);
                break;
            }

            position.Add(index);
            properties = [.. properties[index].Properties];
        }

        return [.. position];
    }

    private static readonly Comparer<int[]> PositionOrder = Comparer<int[]>.Create((x, y) =>
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i])
            {
                return x[i].CompareTo(y[i]);
            }
        }

        return x.Length.CompareTo(y.Length);
    });
}
