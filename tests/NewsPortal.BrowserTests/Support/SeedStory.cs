namespace NewsPortal.BrowserTests.Support;

/// <summary>What the repository's seed wire story (seeds/) shows a reader once imported.</summary>
public static class SeedStory
{
    public const string Headline = "Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products";
    public const string Section = "Facts";
    public const string ShownTime = "16:27 07.03.2025";
    public const string ReadingTime = "2 min read";
    public const string CreditUrlStart = "https://www.facebook.com/rustemumerov.ua/";
    public const string FirstMoreAbout = "Umerov and Kallas discuss in Brussels possible mechanisms for financing Ukraine's defense";
    public const int BodyParagraphs = 5;
    public const int MoreAboutCount = 10;
}
