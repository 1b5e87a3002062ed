using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Audit;

public sealed record AuditEntry(DateTime At, string Actor, string Action, string? Subject, string? Details, string? IpAddress);

/// <summary>Writes and reads the audit log. Entries are saved with the change they describe.</summary>
public sealed class AuditLog(NewsPortalDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    /// <summary>Adds an entry to the unit of work; it is saved by the caller's next SaveChanges.</summary>
    public void Add(string action, string? subject = null, string? details = null, string? actor = null)
    {
        var context = http.HttpContext;
        db.AuditEvents.Add(new AuditEvent
        {
            At = time.GetUtcNow().UtcDateTime,
            Actor = actor ?? context?.User.Identity?.Name ?? "system",
            Action = action,
            Subject = subject,
            Details = details,
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    public async Task RecordAsync(string action, string? subject = null, string? details = null, string? actor = null)
    {
        Add(action, subject, details, actor);
        await db.SaveChangesAsync();
    }

    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> PageAsync(int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.AuditEvents.CountAsync(cancellationToken);
        var entries = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Id)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditEntry(e.At, e.Actor, e.Action, e.Subject, e.Details, e.IpAddress))
            .ToListAsync(cancellationToken);
        return (entries, total);
    }
}
