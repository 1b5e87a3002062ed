namespace NewsPortal.Web.Import;

/// <summary>Merges lists that are each ordered newest first into one order that keeps every list's order.</summary>
internal static class ListedOrder
{
    public static IReadOnlyList<string> Merge(params IReadOnlyList<string>[] lists)
    {
        // A topological sort of "comes before" pairs; ties go to the item seen first, so the first list leads.
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var after = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var waitingOn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (firstSeen.TryAdd(list[i], firstSeen.Count))
                {
                    after[list[i]] = [];
                    waitingOn[list[i]] = 0;
                }

                if (i > 0 && list[i - 1] != list[i] && after[list[i - 1]].Add(list[i]))
                {
                    waitingOn[list[i]]++;
                }
            }
        }

        var ready = new PriorityQueue<string, int>();
        foreach (var (item, count) in waitingOn.Where(pair => pair.Value == 0))
        {
            ready.Enqueue(item, firstSeen[item]);
        }

        List<string> merged = [];
        while (merged.Count < firstSeen.Count)
        {
            // Lists that contradict each other leave a cycle; the earliest-seen item of it breaks the tie.
            var next = ready.Count > 0 ? ready.Dequeue()
                : waitingOn.Where(pair => pair.Value > 0).MinBy(pair => firstSeen[pair.Key]).Key;
            if (waitingOn[next] < 0)
            {
                continue;
            }

            waitingOn[next] = -1;
            merged.Add(next);
            foreach (var later in after[next].Where(later => waitingOn[later] > 0))
            {
                waitingOn[later]--;
                if (waitingOn[later] == 0)
                {
                    ready.Enqueue(later, firstSeen[later]);
                }
            }
        }

        return merged;
    }
}
