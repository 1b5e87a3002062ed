using AngleSharp.Dom;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NewsPortal.Web.Articles;

/// <summary>
/// A table column aligned in Markdown (<c>---:</c>, <c>:---:</c>) keeps its alignment as a class on its cells. Markdig
/// writes it as a style attribute, which the sanitiser strips and the site's Content-Security-Policy would refuse.
/// </summary>
public sealed class TableAlignmentExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.DocumentProcessed += TableAlignment.MoveToClasses;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

/// <summary>Adds <see cref="TableAlignmentExtension"/> to a pipeline, as Markdig's own Use… methods do.</summary>
public static class TableAlignmentPipeline
{
    public static MarkdownPipelineBuilder UseTableAlignmentClasses(this MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.Extensions.AddIfNotAlready<TableAlignmentExtension>();
        return pipeline;
    }
}

/// <summary>The classes an aligned column's cells carry, and the sanitiser's test for them.</summary>
public static class TableAlignment
{
    public const string Right = "align-right";
    public const string Center = "align-center";

    /// <summary>Whether the sanitiser keeps a class: only an alignment, and only on a table cell.</summary>
    public static bool Keeps(IElement element, string cssClass) =>
        element.LocalName is "th" or "td" && cssClass is Right or Center;

    internal static void MoveToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            if (columns.Count == 0)
            {
                continue;
            }

            foreach (var row in table.OfType<TableRow>())
            {
                for (var position = 0; position < row.Count; position++)
                {
                    var cell = (TableCell)row[position];
                    // The column Markdig's table renderer would take the cell's alignment from.
                    var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : position;
                    if (ClassOf(columns[Math.Min(column, columns.Count - 1)].Alignment) is { } alignment)
                    {
                        cell.GetAttributes().AddClass(alignment);
                    }
                }
            }

            // Left, the start of the site's left-to-right lines, is where the stylesheet puts every cell: it needs no class.
            foreach (var column in columns)
            {
                column.Alignment = null;
            }
        }
    }

    private static string? ClassOf(TableColumnAlign? alignment) => alignment switch
    {
        TableColumnAlign.Right => Right,
        TableColumnAlign.Center => Center,
        _ => null,
    };
}
