using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace NewsPortal.Web.Articles;

/// <summary>What an editor writes: the content of the editor form, of a revision, and of a restore.</summary>
public sealed class ArticleDraft
{
    public const int MaxBodyLength = 200_000;
    public const int MaxTags = 30;
    public const int MaxTagLength = 100;

    // Empty form fields stay empty strings rather than becoming null.
    [Required(ErrorMessage = "A story needs a headline."), StringLength(300), DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Headline { get; set; } = "";

    /// <summary>Lower-case letters (of any script) and digits, in words joined by single dashes; the form checks it too.</summary>
    public const string SlugPattern = @"^[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}]+(-[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}]+)*$";

    /// <summary>Empty means "make it from the headline".</summary>
    [StringLength(80), RegularExpression(SlugPattern,
        ErrorMessage = "A slug is lower-case letters and digits joined by single dashes.")]
    public string? Slug { get; set; }

    [StringLength(100)]
    public string? Section { get; set; }

    /// <summary>Who wrote it, shown as "By …": names as the newsroom writes them.</summary>
    [StringLength(FieldLengths.Byline)]
    public string? Byline { get; set; }

    /// <summary>Tags as typed: names separated by commas, '#' optional; room for the most tags there may be, at their longest.</summary>
    [StringLength(4000)]
    public string? Tags { get; set; }

    [StringLength(MaxBodyLength, ErrorMessage = "A story's body holds at most {1:N0} characters, and this one is longer: shorten it, or split it into two stories."),
     DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Body { get; set; } = "";

    [Display(Name = "Hot news")]
    public bool IsHot { get; set; }

    [StringLength(500)]
    public string? PhotoUrl { get; set; }

    [StringLength(500)]
    public string? PhotoCaption { get; set; }

    [StringLength(500)]
    public string? PhotoAltText { get; set; }

    [StringLength(500)]
    public string? PhotoCredit { get; set; }

    [StringLength(1000), Url(ErrorMessage = "The credit link must be a full http or https address.")]
    public string? PhotoCreditUrl { get; set; }

    /// <summary>Takes the photo out, and what describes it: a caption or credit left behind would describe nothing.</summary>
    public void RemovePhoto() => (PhotoUrl, PhotoCaption, PhotoAltText, PhotoCredit, PhotoCreditUrl) = (null, null, null, null, null);

    public IReadOnlyList<string> TagNames() =>
        (Tags ?? "").Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(tag => tag.TrimStart('#').Trim())
            .Where(tag => !TextInput.IsBlank(tag))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The draft with what cannot be kept taken out of every field (see <see cref="TextInput"/>).</summary>
    public ArticleDraft Cleaned() => new()
    {
        Headline = TextInput.Line(Headline),
        Slug = TextInput.Line(Slug),
        Section = TextInput.Line(Section),
        Byline = TextInput.Line(Byline),
        Tags = TextInput.Lines(Tags),
        Body = TextInput.Lines(Body),
        IsHot = IsHot,
        PhotoUrl = TextInput.Line(PhotoUrl),
        PhotoCaption = TextInput.Line(PhotoCaption),
        PhotoAltText = TextInput.Line(PhotoAltText),
        PhotoCredit = TextInput.Line(PhotoCredit),
        PhotoCreditUrl = TextInput.Line(PhotoCreditUrl),
    };

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ArticleDraft FromJson(string json) => JsonSerializer.Deserialize<ArticleDraft>(json) ?? new ArticleDraft();

    public static ArticleDraft From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleDraft
        {
            Headline = article.Headline,
            Slug = article.Slug,
            Section = article.Section,
            Byline = article.Byline,
            Tags = string.Join(", ", article.TagLinks.OrderBy(l => l.Position).Select(l => l.Tag.Name)),
            Body = article.BodyMarkdown,
            IsHot = article.IsHot,
            PhotoUrl = article.Photo.ImageUrl,
            PhotoCaption = article.Photo.Caption,
            PhotoAltText = article.Photo.AltText,
            PhotoCredit = article.Photo.CreditText,
            PhotoCreditUrl = article.Photo.CreditUrl,
        };
    }
}
