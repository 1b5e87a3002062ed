namespace NewsPortal.Tests.Support;

/// <summary>
/// Tests that start the app as its own process, one class at a time: each start is a whole .NET process, and
/// several at once on a small machine make every one of them slow enough to look hung.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppProcesses
{
    public const string Name = "App processes";
}
