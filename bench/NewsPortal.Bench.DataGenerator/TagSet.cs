using NewsPortal.Web.Articles;

namespace NewsPortal.Bench.DataGenerator;

/// <summary>
/// About 300 tag names in the order of how often they are used: places, people and topics, plus local topics
/// ("Odesa grain"), most used first.
/// </summary>
internal static class TagSet
{
    public const int Count = 300;

    public static IReadOnlyList<string> Names(int seed)
    {
        var names = new List<string>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name)
        {
            if (names.Count < Count && slugs.Add(Slug.From(name)))
            {
                names.Add(name);
            }
        }

        // Places, people and topics lead, in an order of use set by the seed; local topics ("Odesa grain") are the long tail.
        var leading = Vocabulary.Places.Concat(Vocabulary.People).Concat(Vocabulary.Topics).ToArray();
        new Random(seed).Shuffle(leading);
        foreach (var name in leading)
        {
            Add(name);
        }

        for (var i = 0; names.Count < Count; i++)
        {
            Add($"{Vocabulary.Places[i % Vocabulary.Places.Length]} {Vocabulary.Topics[i * 7 % Vocabulary.Topics.Length]}");
        }

        return names;
    }
}
