using System.Globalization;
using System.Text;
using NewsPortal.Web.Articles;

namespace NewsPortal.Bench.DataGenerator;

/// <summary>What the newsroom would type into the editor for one story, before any of it is rendered.</summary>
internal sealed record StoryText(
    string Headline,
    string? Section,
    string Body,
    IReadOnlyList<int> TagRanks,
    bool IsHot,
    ArticleDraft Photo);

/// <summary>
/// Writes plausible wire copy. Each story is made from its own seeded generator, so story number k has the same text
/// in a store of 1,000 stories and in one of 100,000: the article page measured at both sizes is the same story.
/// </summary>
internal sealed class StoryWriter(int seed, IReadOnlyList<string> tagNames)
{
    private static readonly ZipfSampler WordRanks = new(Vocabulary.Words.Length, 1.05);

    // Headlines skip the small words that fill running text.
    private const int SmallWords = 50;
    private static readonly ZipfSampler HeadlineWordRanks = new(Vocabulary.Words.Length - SmallWords, 0.8);
    private static readonly ZipfSampler SectionRanks = new(Vocabulary.Sections.Length, 1.2);
    private readonly ZipfSampler _tagRanks = new(tagNames.Count);

    public StoryText Write(int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var tags = PickTags(random);
        var subject = tagNames[tags[0]];
        var subjectWords = subject.Split(' ').Length;
        var headline = Capitalise($"{subject} {HeadlineWords(random, random.Next(6 - subjectWords, 15 - subjectWords))}");
        var section = random.Next(10) == 0 ? null : Vocabulary.Sections[SectionRanks.Next(random)];
        var body = Body(random, index, tags.Select(rank => tagNames[rank]).ToList());
        var isHot = random.Next(150) == 0;
        return new StoryText(headline, section, body, tags, isHot, Photo(random, index, subject));
    }

    private List<int> PickTags(Random random)
    {
        // 1 to 5 tags, most stories two or three.
        var count = random.Next(100) switch { < 15 => 1, < 45 => 2, < 75 => 3, < 90 => 4, _ => 5 };
        var tags = new List<int>(count);
        while (tags.Count < count)
        {
            var rank = _tagRanks.Next(random);
            if (!tags.Contains(rank))
            {
                tags.Add(rank);
            }
        }

        return tags;
    }

    private static string Body(Random random, int index, List<string> subjects)
    {
        // Between 250 and 1,200 words, shorter stories being the more common.
        var target = 250 + (int)(950 * Math.Pow(random.NextDouble(), 1.6));
        var body = new StringBuilder(target * 8);
        var written = 0;
        var paragraph = 0;
        while (written < target)
        {
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            var words = Math.Min(random.Next(30, 110), Math.Max(target - written, 12));
            written += words;
            if (paragraph == 3 && target > 700)
            {
                body.Append("## ").Append(Capitalise(Words(random, random.Next(3, 7)))).Append("\n\n");
            }

            body.Append(paragraph switch
            {
                0 => Paragraph(random, words, subjects[0]),
                2 when random.Next(3) == 0 => Quote(random, words),
                4 when random.Next(10) == 0 => List(random),
                _ => Paragraph(random, words, subjects[random.Next(subjects.Count)]),
            });
            if (paragraph == 1 && random.Next(6) == 0)
            {
                body.Append(CultureInfo.InvariantCulture, $" More in the [full report](https://example.org/reports/{index}).");
            }

            paragraph++;
        }

        return body.ToString();
    }

    private static string Paragraph(Random random, int words, string subject)
    {
        var text = new StringBuilder();
        while (words > 0)
        {
            var length = Math.Min(random.Next(8, 28), words);
            words -= length;
            var sentence = Words(random, length);
            if (random.Next(4) == 0)
            {
                sentence = $"{sentence} in {subject}";
            }
            else if (random.Next(12) == 0)
            {
                var emphasised = Words(random, 2);
                sentence = $"{sentence} **{emphasised}**";
            }

            text.Append(text.Length == 0 ? "" : " ").Append(Capitalise(sentence)).Append('.');
        }

        return text.ToString();
    }

    private static string Quote(Random random, int words) =>
        $"\u201C{Capitalise(Words(random, words - 4))},\u201D the {Words(random, 1)} said.";

    private static string List(Random random) =>
        string.Join('\n', Enumerable.Range(0, random.Next(3, 6)).Select(_ => $"- {Capitalise(Words(random, random.Next(4, 10)))}"));

    private static ArticleDraft Photo(Random random, int index, string subject)
    {
        if (random.Next(10) >= 4)
        {
            return new ArticleDraft();
        }

        var photographer = Vocabulary.Photographers[random.Next(Vocabulary.Photographers.Length)];
        var agency = Vocabulary.Agencies[random.Next(Vocabulary.Agencies.Length)];
        return new ArticleDraft
        {
            PhotoUrl = string.Create(CultureInfo.InvariantCulture, $"https://images.example.org/stories/{index}.jpg"),
            PhotoCaption = Capitalise($"{subject} {Words(random, random.Next(6, 16))}"),
            PhotoAltText = Capitalise(Words(random, random.Next(4, 9))),
            PhotoCredit = $"{photographer} / {agency}",
            PhotoCreditUrl = random.Next(2) == 0 ? null : $"https://example.org/photographers/{Slug.From(photographer)}",
        };
    }

    private static string Words(Random random, int count)
    {
        var text = new StringBuilder(count * 8);
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(Vocabulary.Words[WordRanks.Next(random)]);
        }

        return text.ToString();
    }

    private static string HeadlineWords(Random random, int count)
    {
        var words = new List<string>(count);
        while (words.Count < count)
        {
            var word = Vocabulary.Words[SmallWords + HeadlineWordRanks.Next(random)];
            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }

        return string.Join(' ', words);
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
