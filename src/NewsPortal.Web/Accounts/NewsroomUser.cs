using Microsoft.AspNetCore.Identity;

namespace NewsPortal.Web.Accounts;

/// <summary>A member of the newsroom who signs in to the admin area.</summary>
public class NewsroomUser : IdentityUser
{
    /// <summary>A disabled account cannot sign in, and its open sessions end at their next request.</summary>
    public bool IsDisabled { get; set; }
}

/// <summary>The newsroom's roles, from least to most trusted.</summary>
public static class Roles
{
    public const string Author = "Author";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Author, Editor, Admin];
}

/// <summary>Authorisation policies; each role can do what the ones before it can.</summary>
public static class Policies
{
    public const string Write = "Write";
    public const string Publish = "Publish";
    public const string ManageUsers = "ManageUsers";
}
