using NewsPortal.BrowserTests.Support;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>
/// Newsroom tests publish stories, which changes the front page the reader tests check against the seed story,
/// so they get an app (and store) of their own: xunit makes one <see cref="BrowserSite"/> per collection.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NewsroomSuite : ICollectionFixture<BrowserSite>
{
    public const string Name = "Newsroom";
}
