using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Articles;

public class DraftDiffTests
{
    [Fact]
    public void AnEditShowsTheChangedLinesAmongTheOnesKept()
    {
        var diff = DraftDiff.Between(Story("One\nTwo\nThree"), Story("One\n2\nThree\nFour"));

        Assert.Equal(
            ["One", "-Two", "+2", "Three", "+Four"],
            diff.SkipWhile(line => line.Text != "One").Select(Shown));
    }

    /// <summary>
    /// Every other line of 60,000 changed: the line-by-line diff would take the better part of a minute of a core,
    /// so the stretch between the first and last change is shown removed, then added.
    /// </summary>
    [Fact]
    public void AHugeRewriteIsShownAsTheOldStretchRemovedAndTheNewAdded()
    {
        var lines = Enumerable.Range(0, 60_000).Select(i => $"line {i}").ToArray();
        var rewritten = lines.Select((line, i) => i % 2 == 1 ? line + " changed" : line).ToArray();

        var diff = DraftDiff.Between(Story(string.Join('\n', lines)), Story(string.Join('\n', rewritten)));

        var body = diff.SkipWhile(line => line.Text != "line 0").ToList();
        Assert.Equal("line 0", body[0].Text);
        Assert.Equal(DiffLineKind.Same, body[0].Kind);
        Assert.Equal(lines[1..], body.Where(line => line.Kind == DiffLineKind.Removed).Select(line => line.Text));
        Assert.Equal(rewritten[1..], body.Where(line => line.Kind == DiffLineKind.Added).Select(line => line.Text));
        Assert.Equal(1, body.Count(line => line.Kind == DiffLineKind.Same));
        Assert.True(DraftDiff.HasChanges(diff));
    }

    private static ArticleDraft Story(string body) => new() { Headline = "A headline", Body = body };

    private static string Shown(DiffLine line) => line.Kind switch
    {
        DiffLineKind.Added => "+" + line.Text,
        DiffLineKind.Removed => "-" + line.Text,
        _ => line.Text,
    };
}
