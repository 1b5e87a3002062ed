using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Pages;

public sealed class IndexModel(ArticleQueries articles) : PageModel
{
    public FrontPage Front { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Front = await articles.GetFrontPageAsync(cancellationToken);
}
