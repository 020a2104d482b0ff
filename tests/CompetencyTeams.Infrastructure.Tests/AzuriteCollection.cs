using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.Infrastructure.Tests;

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
