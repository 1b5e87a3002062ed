
namespace NewsPortal.BrowserTests.Support;

/// <summary>A published story whose body embeds a YouTube video under the editor's title for it.</summary>
public static class VideoStory
{
    public const string Title = "The minister's briefing";
    public const string Player = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";
    public const string Page = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    /// <summary>Publishes the story on <paramref name="server"/> (a test's own, so it crowds no other test's lists) and returns its address.</summary>
    public static Task<string> PublishAsync(PortalServer server) =>
        PublishedStory.PublishAsync(server, "The minister answers questions", $"The minister spoke.\n\n[{Title}]({Page})\n\nQuestions followed.");
}
