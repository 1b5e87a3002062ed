using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Pages.Admin;

public sealed class IndexModel(NewsroomQueries stories) : PageModel
{
    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    [FromQuery(Name = "state")]
    public StoryState? State { get; set; }

    /// <summary>
    /// Only the stories the signed-in user wrote (see <see cref="Article.AuthorId"/>). Nullable so that an empty ?mine=,
    /// like an empty ?state=, is the filter left off rather than an error.
    /// </summary>
    [FromQuery(Name = "mine")]
    public bool? Mine { get; set; }

    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    public StoryListOrder Order => StoryListOrders.Parse(Sort);

    public Paged<NewsroomStoryRow> Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Shown back in the filter box: pasted text's control characters (a vertical tab from a word processor) would be
        // character references HTML forbids. No headline or body holds one, so none is looked for.
        Text = TextInput.Line(Text);
        if (ModelState.GetFieldValidationState("mine") == ModelValidationState.Invalid)
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, "\"Mine\" in the filter is mine=true, or left out for everyone's stories.");
        }

        if (!ModelState.IsValid)
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, "Unknown story state in the filter.");
        }

        if (!ReaderErrors.TryReadPageNumber(PageNumber, out var page, out var error))
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, error);
        }

        if (Text?.Length > 200)
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, "Search text must be at most 200 characters.");
        }

        var result = await stories.ListAsync(State, Mine == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null, Text, Order, page, cancellationToken);
        if (result is null)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, ReaderErrors.PastTheEnd(page));
        }

        Stories = result;
        return Page();
    }

    /// <summary>Why the story's headline is not a link for this user (see <see cref="StoryAccess"/>); null when it is.</summary>
    public string? WhyNotEditable(NewsroomStoryRow story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return StoryAccess.WhyNotEditable(User, story.AuthorId, story.State);
    }

    /// <summary>This list's address with its filters and order, to which the pager adds the page.</summary>
    public string ListPath => SortedBy(Order);

    /// <summary>
    /// The first page of this list, filtered as it is, in the given order: the page number is left behind, because
    /// page 3 of another order holds other stories.
    /// </summary>
    public string SortedBy(StoryListOrder order) =>
        QueryHelpers.AddQueryString("/admin", new Dictionary<string, string?>
        {
            ["state"] = State?.ToString(),
            ["mine"] = Mine == true ? "true" : null,
            ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text,
            ["sort"] = order.QueryValue(),
        }.Where(pair => pair.Value is not null));

    /// <summary>The aria-sort of a sortable column's heading: set only on the one the list is sorted by.</summary>
    public string? AriaSort(StoryListOrder order) =>
        order != Order ? null : order == StoryListOrder.Headline ? "ascending" : "descending";

    /// <summary>The pager's words: "Newer" and "Older" fit a list in time order, not one in A–Z order.</summary>
    public PagerModel Pager => Order == StoryListOrder.Headline
        ? PagerModel.For(Stories, ListPath) with { PreviousLabel = "Previous", NextLabel = "Next" }
        : PagerModel.For(Stories, ListPath);
}
