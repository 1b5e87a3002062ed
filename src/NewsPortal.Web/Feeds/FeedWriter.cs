using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Media;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Sections;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Feeds;

/// <summary>What a feed is about: the whole site or one tag, with the page and the feed's own address.</summary>
public sealed record FeedChannel(string Title, string Description, string PagePath, string FeedPath);

/// <summary>Writes stories as RSS 2.0 or Atom 1.0, with absolute links and the story's canonical URL as its id.</summary>
public sealed class FeedWriter(SiteAddress site, SizedPhotos sized, NewsroomClock clock, IOptions<NewsroomOptions> options)
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string MediaRss = "http://search.yahoo.com/mrss/";

    // Up to this much of a feed is held in pooled pages before the rest goes to a temporary file; fifty stories fit.
    private const int BufferedBytes = 4 * 1024 * 1024;

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };

    public FeedChannel SiteChannel(FeedFormat format)
    {
        var siteName = options.Value.SiteName;
        return new FeedChannel(siteName, $"The newest stories from {siteName}.", "/", FeedUrls.Site(format));
    }

    public FeedChannel TagChannel(TagLink tag, FeedFormat format)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var siteName = options.Value.SiteName;
        // As with headlines: a name saved before control characters were taken out of input would make the feed unwritable.
        var name = TextInput.Line(tag.Name);
        return new FeedChannel(
            $"{siteName} #{name}", $"The newest stories tagged #{name} on {siteName}.", Urls.Tag(tag.Slug), FeedUrls.Tag(tag.Slug, format));
    }

    public FeedChannel SectionChannel(SectionLink section, FeedFormat format)
    {
        ArgumentNullException.ThrowIfNull(section);
        var siteName = options.Value.SiteName;
        var name = TextInput.Line(section.Name);
        return new FeedChannel(
            $"{siteName}: {name}", $"The newest stories in {name} on {siteName}.", Urls.Section(section.Name), FeedUrls.Section(section.Name, format));
    }

    /// <summary>
    /// Writes the feed to <paramref name="body"/>, taking the stories one at a time as the formatter asks for them.
    /// The formatter writes synchronously, so the XML goes into pooled pages first and then out at once: no growing
    /// array per request, which for fifty full stories sat on the large object heap.
    /// </summary>
    public async Task WriteAsync(
        Stream body, FeedFormat format, FeedChannel channel, DateTime? lastModified, IEnumerable<FeedStory> stories, HttpRequest request)
    {
        var formatter = Formatter(format, channel, lastModified, stories, request);
        await using var buffer = new FileBufferingWriteStream(BufferedBytes);
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            formatter.WriteTo(xml);
        }

        await buffer.DrainBufferAsync(body, request.HttpContext.RequestAborted);
    }

    private SyndicationFeedFormatter Formatter(
        FeedFormat format, FeedChannel channel, DateTime? lastModified, IEnumerable<FeedStory> stories, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(stories);
        var page = new Uri(site.Absolute(request, channel.PagePath));
        var updated = lastModified ?? clock.UtcNow;
        var feed = format == FeedFormat.Rss
            ? new RssChannel(channel.Title, channel.Description, page, updated)
            : new SyndicationFeed(channel.Title, channel.Description, page) { LastUpdatedTime = Utc(updated) };
        feed.Language = options.Value.Language;
        feed.BaseUri = new Uri(site.Absolute(request, "/"));
        // Lazily: the formatter takes each item as it writes it, so one story at a time is in memory.
        feed.Items = stories.Select(story => Item(format, story, request));
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(site.Absolute(request, channel.FeedPath)), FeedUrls.MediaType(format)));

        if (format == FeedFormat.Atom)
        {
            // Atom requires a feed id, and an author unless every entry has one: the site speaks for its stories.
            feed.Id = page.AbsoluteUri;
            feed.Authors.Add(new SyndicationPerson { Name = options.Value.SiteName });
            return new Atom10FeedFormatter(feed);
        }

        feed.AttributeExtensions.Add(new XmlQualifiedName("content", "http://www.w3.org/2000/xmlns/"), ContentModule);
        feed.AttributeExtensions.Add(new XmlQualifiedName("dc", "http://www.w3.org/2000/xmlns/"), DublinCore);
        feed.AttributeExtensions.Add(new XmlQualifiedName("media", "http://www.w3.org/2000/xmlns/"), MediaRss);
        return new Rss20FeedFormatter(feed);
    }

    private SyndicationItem Item(FeedFormat format, FeedStory story, HttpRequest request)
    {
        var address = site.Absolute(request, Urls.Article(story.Id, story.Slug));
        var contentHtml = FeedPhotoHtml.Of(story.Photo, site, request) + FeedBodyHtml.Of(story.BodyHtml, address);
        var picture = FeedPicture.Of(story.Photo, site, sized, request);
        var item = format == FeedFormat.Rss
            ? new RssItem(contentHtml.Length > 0 ? TextInput.Lines(contentHtml) : null, TextInput.Line(story.Byline), picture, story.ShownTime)
            : new SyndicationItem();
        // Text saved before control characters were taken out of input would make the whole feed unwritable.
        item.Title = new TextSyndicationContent(TextInput.Line(story.Headline));
        item.AddPermalink(new Uri(address));
        if (format == FeedFormat.Atom && story.ShownTime is { } published)
        {
            item.PublishDate = Utc(published);
        }

        // Atom requires updated; RSS readers would show it as the story's date when it has none of its own.
        if (format == FeedFormat.Atom || story.ShownTime is not null)
        {
            item.LastUpdatedTime = Utc(story.LastModified);
        }

        if (story.Summary.Length > 0)
        {
            item.Summary = new TextSyndicationContent(TextInput.Line(story.Summary));
        }

        foreach (var tag in story.Tags)
        {
            item.Categories.Add(new SyndicationCategory(TextInput.Line(tag)));
        }

        // RSS's own author element must be an email address; its items name the writer in dc:creator (RssItem).
        if (format == FeedFormat.Atom && story.Byline is not null)
        {
            item.Authors.Add(new SyndicationPerson { Name = TextInput.Line(story.Byline) });
        }

        if (format == FeedFormat.Atom && contentHtml.Length > 0)
        {
            item.Content = new TextSyndicationContent(TextInput.Lines(contentHtml), TextSyndicationContentKind.Html);
        }

        // Atom's readers take an entry's picture from its enclosure link; RSS items carry it as media:content (RssItem).
        if (format == FeedFormat.Atom && picture is not null)
        {
            item.Links.Add(new SyndicationLink(picture.Url, "enclosure", null, picture.MediaType, 0));
        }

        return item;
    }

    /// <summary>
    /// An RSS channel whose lastBuildDate is written as <see cref="RfcTime"/>: the formatter's own would end in "Z".
    /// </summary>
    private sealed class RssChannel(string title, string description, Uri page, DateTime lastBuildDate)
        : SyndicationFeed(title, description, page)
    {
        protected override void WriteElementExtensions(XmlWriter writer, string version)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteElementString("lastBuildDate", RfcTime(lastBuildDate));
            base.WriteElementExtensions(writer, version);
        }
    }

    /// <summary>
    /// An RSS item with the whole story as content:encoded, which is what readers look for: RSS has no content
    /// element of its own, its byline as dc:creator, and its photo as Media RSS's media:content, where readers and
    /// link previews take an item's picture from. Written straight to the XML; as an element extension the
    /// story would first be copied through a serializer's buffer, which more than doubled what a feed allocates.
    /// Its pubDate is written here too, as <see cref="RfcTime"/>.
    /// </summary>
    private sealed class RssItem(string? bodyHtml, string? byline, FeedPicture? picture, DateTime? published) : SyndicationItem
    {
        protected override void WriteElementExtensions(XmlWriter writer, string version)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (published is { } time)
            {
                writer.WriteElementString("pubDate", RfcTime(time));
            }

            base.WriteElementExtensions(writer, version);
            if (byline is not null)
            {
                writer.WriteElementString("creator", DublinCore, byline);
            }

            if (bodyHtml is not null)
            {
                writer.WriteElementString("encoded", ContentModule, bodyHtml);
            }

            if (picture is not null)
            {
                WriteMediaContent(writer, picture);
            }
        }
    }

    private static void WriteMediaContent(XmlWriter writer, FeedPicture picture)
    {
        writer.WriteStartElement("content", MediaRss);
        writer.WriteAttributeString("url", picture.Url.AbsoluteUri);
        writer.WriteAttributeString("medium", "image");
        WriteAttributeIfKnown(writer, "type", picture.MediaType);
        WriteAttributeIfKnown(writer, "width", picture.Width?.ToString(CultureInfo.InvariantCulture));
        WriteAttributeIfKnown(writer, "height", picture.Height?.ToString(CultureInfo.InvariantCulture));
        if (picture.Description is not null)
        {
            writer.WriteElementString("description", MediaRss, picture.Description);
        }

        if (picture.Credit is not null)
        {
            writer.WriteElementString("credit", MediaRss, picture.Credit);
        }

        writer.WriteEndElement();
    }

    private static void WriteAttributeIfKnown(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteAttributeString(name, value);
        }
    }

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    /// <summary>
    /// RSS's RFC 822 time in UTC, with the zone as "+0000": RFC 2822 calls the letter zones ("Z", "GMT") obsolete, and
    /// some feed readers fail to read a date that ends in "Z", which System.ServiceModel.Syndication writes.
    /// </summary>
    private static string RfcTime(DateTime utc) => utc.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
