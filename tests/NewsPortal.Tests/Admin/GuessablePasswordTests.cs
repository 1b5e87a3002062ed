using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// Which passwords are guessed first, as the users page, the password page and the users command all ask the same
/// check (the site is called NewsPortal here, the new user margaret.hale).
/// </summary>
public class GuessablePasswordTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    private async Task<IReadOnlyList<string>> AddMargaretAsync(string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>()
            .AddAsync($"margaret.hale+{Guid.NewGuid():N}@newsroom.example", Roles.Author, password);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("1234password")]
    [InlineData("Password2025!")]
    [InlineData("P@ssw0rd2025!")]
    [InlineData("@dmin20252025")]
    [InlineData("passwordpassword")]
    [InlineData("password 1 password 2")]
    [InlineData("2024Welcome!!")]
    [InlineData("iloveyou2024!")]
    [InlineData("Letmein!2025")]
    [InlineData("football1234")]
    [InlineData("newsroom2025!")]
    [InlineData("qwertyuiop12")]
    [InlineData("qwerty!!2025")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("zaq12wsxcde3")]
    [InlineData("asdfgasdfgasdfg")]
    [InlineData("123456789012")]
    [InlineData("!@#$%^&*()12")]
    [InlineData("abcdefgh1234")]
    [InlineData("йцукен123456")]
    [InlineData("пароль202520")]
    [InlineData("NewsPortal2025")]
    [InlineData("2025 newsportal!")]
    [InlineData("margaret1990!!")]
    [InlineData("Hale1990Hale1990")]
    public async Task ACommonPasswordKeyRunOrNameIsRefusedWhateverDigitsAndSymbolsAreAdded(string password)
    {
        Assert.Equal([GuessablePasswords.GuessedFirst], await AddMargaretAsync(password));
    }

    [Theory]
    [InlineData(Newsroom.Password)]
    [InlineData("a different, long passphrase")]
    [InlineData("plum harbour cactus 1987")]
    [InlineData("newsportal night shift rota")]
    [InlineData("Tr0ub4dor&3horse")]
    [InlineData("river-candle-oboe-44")]
    [InlineData("mwq7Rz2pLx9vK")]
    [InlineData("3d1e4f5c6d7e8f9a0b1c2d3e4f5a6b7c")] // random hexadecimal: its letters alone, d e f c d e f a b…, read like a run
    [InlineData("Пані Олена пише щодня")]
    [InlineData("типовий ранок редакції")]
    public async Task ALongPassphraseOrRandomPasswordIsTaken(string password)
    {
        Assert.Empty(await AddMargaretAsync(password));
    }

    [Fact]
    public async Task RandomPasswordsAsGeneratorsMakeThemAreTaken()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
        var check = scope.ServiceProvider.GetServices<IPasswordValidator<NewsroomUser>>().OfType<GuessablePasswords>().Single();
        var margaret = new NewsroomUser { UserName = "margaret.hale@newsroom.example", Email = "margaret.hale@newsroom.example" };
        var random = new Random(20261126);
        const string generated = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*-_";
        var anyByte = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        var refused = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            // As openssl rand -hex, a key in hexadecimal, and a password manager's 16 characters.
            string[] passwords = [Convert.ToHexStringLower(random.GetItems<byte>(anyByte, 16)),
                Convert.ToHexString(random.GetItems<byte>(anyByte, 8)),
                new string(random.GetItems(generated.AsSpan(), 16))];
            foreach (var password in passwords)
            {
                if (!(await check.ValidateAsync(users, margaret, password)).Succeeded)
                {
                    refused.Add(password);
                }
            }
        }

        Assert.Empty(refused);
    }

    [Fact]
    public async Task TheUsersPageSaysWhyAGuessablePasswordIsRefused()
    {
        var admin = await app.SignedInAsync(Roles.Admin);

        using var added = await admin.SubmitFormAsync("/admin/users", "form[action*='handler=Add']",
            new() { ["Email"] = "night.desk@newsroom.example", ["Role"] = Roles.Author, ["Password"] = "password1234" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, added.StatusCode);
        Assert.Equal([GuessablePasswords.GuessedFirst], (await added.ParseAsync()).Texts(".form-errors li"));
    }

    [Fact]
    public async Task ThePasswordPageRefusesAGuessableNewPassword()
    {
        var editor = await app.SignedInAsync(Roles.Editor);

        using var changed = await editor.SubmitFormAsync("/admin/password", "form.admin-form",
            new() { ["Current"] = Newsroom.Password, ["New"] = "Qwerty123456!", ["Confirm"] = "Qwerty123456!" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Equal([GuessablePasswords.GuessedFirst], (await changed.ParseAsync()).Texts(".form-errors li"));
    }
}
