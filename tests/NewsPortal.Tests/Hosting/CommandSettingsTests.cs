using Microsoft.Data.Sqlite;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Hosting;

/// <summary>A command takes settings on its command line as the site does, beside its own options.</summary>
[SqliteOnly]
[Collection(AppProcesses.Name)]
public class CommandSettingsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AStoreNamedOnTheCommandLineIsTheOneTheCommandWorksOn(bool keyAndValueInOneArgument)
    {
        using var folder = SeedFile.FolderWith();
        var named = Path.Combine(folder.Path, "named.db");
        var store = $"Data Source={named}";
        string[] storeArguments = keyAndValueInOneArgument ? [$"--ConnectionStrings:NewsPortal={store}"] : ["--ConnectionStrings:NewsPortal", store];

        // The environment names another store, which does not exist and may not be made: the command line comes first.
        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ["users", "add", "--email", "chief@newsroom.example", .. storeArguments, "--role", "Admin", "--Store:CreateIfMissing=true"], null,
            ("ConnectionStrings__NewsPortal", $"Data Source={Path.Combine(folder.Path, "environment.db")}"),
            ("NEWSPORTAL_PASSWORD", "a long first password"));

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal($"Added chief@newsroom.example as Admin. Sign in at /admin/sign-in.{Environment.NewLine}", run.StandardOutput);
        Assert.False(File.Exists(Path.Combine(folder.Path, "environment.db")));
        await using var connection = new SqliteConnection($"{store};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var users = connection.CreateCommand();
        users.CommandText = "SELECT Email FROM AspNetUsers";
        Assert.Equal("chief@newsroom.example", await users.ExecuteScalarAsync());
    }
}
