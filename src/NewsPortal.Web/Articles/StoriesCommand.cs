using NewsPortal.Web.Hosting;

namespace NewsPortal.Web.Articles;

/// <summary>
/// <c>stories render</c>: renders every stored body again with this version's renderer, for an upgrade that renders
/// bodies better (stories saved before keep their old HTML until then). Safe while the site serves: it works in
/// batches of a few hundred stories, each its own short transaction, and empties the reader cache at the end.
/// </summary>
public static class StoriesCommand
{
    public const string Name = "stories";

    public const string Usage = "stories render  (after an upgrade: every story's body rendered again as this version renders it)";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [_, "render"])
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        await CommandLine.PrepareStoreAsync(app);
        return await RenderAsync(app.Services, Console.Out, Console.Error, CancellationToken.None);
    }

    /// <summary>Renders every body again; progress and unreadable stories go to <paramref name="error"/>, the outcome to <paramref name="output"/>.</summary>
    public static async Task<int> RenderAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var outcome = await services.GetRequiredService<StoredBodies>().RenderAgainAsync(error, cancellationToken);
        await output.WriteLineAsync(outcome.Summary);
        return outcome.Unreadable.Count == 0 ? 0 : 1;
    }
}
