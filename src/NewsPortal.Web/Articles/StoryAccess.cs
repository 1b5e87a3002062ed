using System.Security.Claims;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Web.Articles;

/// <summary>
/// Who may open a story in the editor: editors and admins any story, an author only their own, and only until an
/// editor publishes it. The story list links what the editor page will open; saves are checked again by ArticleEditor.
/// </summary>
public static class StoryAccess
{
    public static bool MayPublish(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin);
    }

    public static bool MayEdit(ClaimsPrincipal user, string? authorId, StoryState state) =>
        MayPublish(user)
        || (authorId is not null && authorId == user.FindFirstValue(ClaimTypes.NameIdentifier) && state is StoryState.Draft or StoryState.InReview);

    /// <summary>Why the list shows a story's headline without a link, in a few words; null when the user may open it.</summary>
    public static string? WhyNotEditable(ClaimsPrincipal user, string? authorId, StoryState state)
    {
        if (MayEdit(user, authorId, state))
        {
            return null;
        }

        if (authorId is null)
        {
            return "A wire story: only editors open it.";
        }

        return authorId == user.FindFirstValue(ClaimTypes.NameIdentifier)
            ? "In the editors' hands since it was published: ask one for changes."
            : "Someone else's story: only its author and editors open it.";
    }
}
