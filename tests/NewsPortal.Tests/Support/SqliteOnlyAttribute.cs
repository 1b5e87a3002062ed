using Xunit.Sdk;

namespace NewsPortal.Tests.Support;

/// <summary>
/// Marks tests about the SQLite file itself (its pragmas, backups, damage, query plans); the test command leaves
/// them out when it runs the suite on PostgreSQL (filter <c>Store!=Sqlite</c>).
/// </summary>
[TraitDiscoverer("NewsPortal.Tests.Support.SqliteOnlyDiscoverer", "NewsPortal.Tests")]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SqliteOnlyAttribute : Attribute, ITraitAttribute;

public sealed class SqliteOnlyDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(Xunit.Abstractions.IAttributeInfo traitAttribute) => [new("Store", "Sqlite")];
}
