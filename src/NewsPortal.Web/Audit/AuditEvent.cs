namespace NewsPortal.Web.Audit;

/// <summary>Something that happened in the admin area that the newsroom may need to account for later.</summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>Who did it: the signed-in user's email, or the email that was tried for a failed sign-in.</summary>
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? Subject { get; set; }
    public string? Details { get; set; }
    public string? IpAddress { get; set; }
}

public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in failed";
    public const string LockedOut = "locked out";
    public const string SignOut = "sign-out";
    public const string PasswordChanged = "password changed";
    public const string PasswordSet = "password set";
    /// <summary>A story in review returned to its author as a draft; the entry keeps the editor's note.</summary>
    public const string SentBack = "sent back to the author";
    public const string Publish = "publish";
    public const string Schedule = "schedule";

    /// <summary>A live story scheduled for a later time: readers lose it until then.</summary>
    public const string TakenOffAndScheduled = "taken off and scheduled";
    public const string WentLive = "went live";
    public const string Unpublish = "unpublish";

    /// <summary>A story changed while readers had it; the entry names the fields, not their text.</summary>
    public const string LiveStoryEdited = "live story edited";
    public const string HotFlagSet = "hot flag set";
    public const string HotFlagCleared = "hot flag cleared";
    public const string ScheduleCancelled = "schedule cancelled";
    public const string Delete = "delete";
    public const string Restore = "restore revision";
    public const string Notice = "public notice";
    public const string NoticeAmended = "public notice amended";
    public const string NoticeWithdrawn = "public notice withdrawn";

    /// <summary>Every stored body rendered again by the <c>stories render</c> command: one entry for the run.</summary>
    public const string BodiesRenderedAgain = "bodies rendered again";
    public const string UserAdded = "user added";
    public const string UserRoleChanged = "user role changed";
    public const string UserDisabled = "user disabled";
    public const string UserEnabled = "user enabled";
}
