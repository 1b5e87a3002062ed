using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Caching;

namespace NewsPortal.Web.Pages;

[OutputCache(PolicyName = ReaderCache.Policy)]
[OneStoreConnection]
public sealed class IndexModel(ArticleQueries articles) : PageModel
{
    public FrontPage Front { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Front = await articles.GetFrontPageAsync(cancellationToken);
}
