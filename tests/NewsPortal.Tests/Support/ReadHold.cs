using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsPortal.Tests.Support;

/// <summary>
/// Holds one request half-way through its reads: once armed, the next query whose rows have been read waits at the
/// closing of its reader until released, so the test can change the store while that request's page is being built.
/// </summary>
public sealed class ReadHold : DbCommandInterceptor
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    public void Arm() => Volatile.Write(ref _armed, 1);

    public Task ReachedAsync() => _reached.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public void Release() => _released.TrySetResult();

    public override async ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _reached.TrySetResult();
            await _released.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        return result;
    }
}
