using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace NewsPortal.Web.Scaling;

/// <summary>
/// The Redis output cache store, with an eviction that is over when it returns. The store lists a tag's pages and sends
/// their deletes without waiting for them, so the next request, arriving at another instance on another connection,
/// could still be answered with a page the save had just evicted. Redis runs one connection's commands in order: once
/// a ping sent after the deletes is answered, they are done.
/// </summary>
internal sealed class RedisReaderCacheStore(IOutputCacheBufferStore store, IConnectionMultiplexer redis) : IOutputCacheBufferStore, IDisposable
{
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(tag, cancellationToken);
        await redis.GetDatabase().PingAsync();
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => store.GetAsync(key, cancellationToken);

    public ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken) =>
        store.TryGetAsync(key, destination, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        store.SetAsync(key, value, tags, validFor, cancellationToken);

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        store.SetAsync(key, value, tags, validFor, cancellationToken);

    public void Dispose() => (store as IDisposable)?.Dispose();
}
