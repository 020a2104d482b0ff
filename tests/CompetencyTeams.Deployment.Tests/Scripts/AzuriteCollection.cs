using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.Deployment.Tests.Scripts;

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
