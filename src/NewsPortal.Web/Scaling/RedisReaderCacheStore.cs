using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Web.Caching;
using StackExchange.Redis;

namespace NewsPortal.Web.Scaling;

/// <summary>
/// The Redis output cache store, with the evictions every instance must see at once.
/// <list type="bullet">
/// <item>An eviction is over when it returns. The store lists a tag's pages and sends their deletes without waiting for
/// them, so the next request, arriving at another instance on another connection, could still be answered with a page
/// the save had just evicted. Redis runs one connection's commands in order: once a ping sent after the deletes is
/// answered, they are done.</item>
/// <item>Every instance counts every eviction (<see cref="ReaderCacheChanges"/>), told through a Redis channel, so that
/// none of them stores a page it was building from the store as it was before another instance's save.</item>
/// </list>
/// </summary>
internal sealed class RedisReaderCacheStore : IOutputCacheBufferStore, IDisposable
{
    private readonly IOutputCacheBufferStore _store;
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisChannel _evictions;

    public RedisReaderCacheStore(IOutputCacheBufferStore store, IConnectionMultiplexer redis, ReaderCacheChanges changes, string instanceName)
    {
        _store = store;
        _redis = redis;
        _evictions = RedisChannel.Literal(instanceName + "reader-cache-evictions");
        // Not waited for: a Redis away at this moment must not stop the cache being made; the client subscribes
        // again whenever it reconnects.
        _redis.GetSubscriber().Subscribe(_evictions, (_, _) => changes.Counted(), CommandFlags.FireAndForget);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        // Told before the deletes, so the other instances have counted it, as a rule, by the time the pages are gone.
        await _redis.GetSubscriber().PublishAsync(_evictions, tag);
        await _store.EvictByTagAsync(tag, cancellationToken);
        await _redis.GetDatabase().PingAsync();
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => _store.GetAsync(key, cancellationToken);

    public ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken) =>
        _store.TryGetAsync(key, destination, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        _store.SetAsync(key, value, tags, validFor, cancellationToken);

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        _store.SetAsync(key, value, tags, validFor, cancellationToken);

    public void Dispose()
    {
        _redis.GetSubscriber().Unsubscribe(_evictions, flags: CommandFlags.FireAndForget);
        (_store as IDisposable)?.Dispose();
    }
}
