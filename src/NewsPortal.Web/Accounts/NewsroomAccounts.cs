using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Audit;

namespace NewsPortal.Web.Accounts;

public sealed record UserSummary(string Id, string Email, string Role, bool IsDisabled, bool IsLockedOut);

/// <summary>Managing the newsroom's users: who they are, their role, and whether they may sign in.</summary>
public sealed class NewsroomAccounts(UserManager<NewsroomUser> users, RoleManager<IdentityRole> roles, AuditLog audit, TimeProvider time)
{
    /// <summary>Creates a user with one role; returns the problems when it cannot (an empty list on success).</summary>
    public async Task<IReadOnlyList<string>> AddAsync(string email, string role, string password)
    {
        if (!Roles.All.Contains(role))
        {
            return [$"The role must be one of {string.Join(", ", Roles.All)}."];
        }

        email = email.Trim();
        if (!NewsroomEmail.IsPlausible(email))
        {
            return [NewsroomEmail.Problem];
        }

        await EnsureRolesAsync();
        var user = new NewsroomUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).Distinct().ToList();
        }

        await users.AddToRoleAsync(user, role);
        await audit.RecordAsync(AuditActions.UserAdded, user.Email, role);
        return [];
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        var now = time.GetUtcNow();
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var summaries = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            summaries.Add(new UserSummary(user.Id, user.Email ?? "", role, user.IsDisabled, user.LockoutEnd > now));
        }

        return summaries;
    }

    /// <summary>Gives a user another role; returns their email, or null when there is no such user or role.</summary>
    public async Task<string?> SetRoleAsync(string userId, string role)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !Roles.All.Contains(role))
        {
            return null;
        }

        await EnsureRolesAsync();
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        // The new role takes effect at once, not at the next sign-in.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.UserRoleChanged, user.Email, role);
        return user.Email ?? "";
    }

    /// <summary>Disables or enables a user; returns their email, or null when there is no such user.</summary>
    public async Task<string?> SetDisabledAsync(string userId, bool disabled)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, user.Email);
        return user.Email ?? "";
    }

    /// <summary>
    /// Gives a user a new password, for one who has forgotten theirs: their sessions end, and a lockout from wrong
    /// guesses is lifted. Returns the problems when the password is refused (an empty list on success).
    /// </summary>
    public async Task<IReadOnlyList<string>> SetPasswordAsync(NewsroomUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        // The reset token checks the same password rules as a new account, and changes the security stamp with the hash.
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
        {
            return reset.Errors.Select(e => e.Description).Distinct().ToList();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(AuditActions.PasswordSet, user.Email);
        return [];
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All.Where(role => !roles.Roles.Any(r => r.Name == role)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
