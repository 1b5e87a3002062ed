namespace NewsPortal.Web.Caching;

/// <summary>
/// Counts the times the reader cache was emptied, so that a page built across one of them is not kept
/// (<see cref="BuiltUnchangedPolicy"/>). With Redis, the other instances' evictions are counted too.
/// </summary>
internal sealed class ReaderCacheChanges
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Counted() => Interlocked.Increment(ref _count);
}
