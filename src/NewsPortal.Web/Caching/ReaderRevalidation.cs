using System.IO.Hashing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using NewsPortal.Web.Security;

namespace NewsPortal.Web.Caching;

/// <summary>
/// Readers' pages, feeds and sitemaps carry an ETag, a 128-bit hash of the page as built (XXH128: a tag needs no
/// cryptographic hash, and SHA-256 cost a feed build a few percent), so a browser, a feed reader or a
/// crawler that sends it back in If-None-Match gets 304 and no body while nothing changed: feed readers ask every
/// few minutes, and a feed is 50 whole stories. The tag is weak because the page goes out in several encodings
/// (compression is outside this). The output cache keeps the tag with its copy and answers If-None-Match itself, so
/// only pages being built pass through here. The API tags its answers its own way (Api/Revalidation).
/// </summary>
public static class ReaderRevalidation
{
    // Pages and feeds fit in pooled memory; a sitemap of 50,000 addresses goes on in a temporary file.
    private const int BufferedBytes = 4 * 1024 * 1024;

    // A page still on its way after this long is going to a slow reader, who then holds no page-build permit.
    private static readonly TimeSpan SlowReaderGrace = TimeSpan.FromSeconds(1);

    /// <summary>
    /// After routing, which names the endpoint; inside compression, so that the hash is of the page itself; inside the
    /// page-build limit, which so bounds the pages held here at once (but for those going to slow readers).
    /// </summary>
    public static IApplicationBuilder UseReaderRevalidation(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!IsReaderRead(context))
            {
                await next(context);
                return;
            }

            var sent = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            await using var buffer = new FileBufferingWriteStream(BufferedBytes);
            var hash = new XxHash128();
            var hashing = new HashingWriteStream(buffer, hash);
            var built = new StreamResponseBodyFeature(hashing, sent);
            context.Features.Set<IHttpResponseBodyFeature>(built);
            try
            {
                await next(context);
                await built.CompleteAsync();
            }
            finally
            {
                context.Features.Set(sent);
            }

            var response = context.Response;
            // A HEAD that a feed or sitemap answered without its body has nothing to hash: it goes without a tag.
            if (response.StatusCode == StatusCodes.Status200OK && response.Headers.ETag.Count == 0 && hashing.Written > 0)
            {
                var etag = EntityTags.Of(hash.GetHashAndReset(), isWeak: true);
                response.Headers.ETag = etag.ToString();
                if (EntityTags.AnswersNotModified(context, etag))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.Headers.Remove(HeaderNames.ContentType);
                    return;
                }

                response.ContentLength = hashing.Written;
            }

            var sending = buffer.DrainBufferAsync(sent.Writer, context.RequestAborted);
            if (!sending.IsCompleted && context.Features.Get<PageBuildPermit>() is { } permit
                && await Task.WhenAny(sending, Task.Delay(SlowReaderGrace, context.RequestAborted)) != sending)
            {
                permit.GiveBack();
            }

            await sending;
        });

    // The endpoints readers' copies are cached for are the readers' pages, feeds and sitemaps (and the API, which
    // leaves with its own tag). A re-executed status page is not one of them.
    private static bool IsReaderRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<OutputCacheAttribute>() is not null || metadata.GetMetadata<IOutputCachePolicy>() is not null);

    /// <summary>Writes through to the buffer and adds every byte to the hash.</summary>
    private sealed class HashingWriteStream(Stream inner, XxHash128 hash) : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.Append(buffer);
            Written += buffer.Length;
            inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            hash.Append(buffer.Span);
            Written += buffer.Length;
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
