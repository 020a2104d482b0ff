using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

/// <summary>Azurite and the DevChannel stand-in, shared by the flow tests (each test uses its own storage prefix).</summary>
public sealed class QuestionnaireFlowFixture : IAsyncLifetime
{
    public AzuriteFixture Azurite { get; } = new();

    public DevChannelServer DevChannel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        DevChannel = await DevChannelServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await DevChannel.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class QuestionnaireFlowCollection : ICollectionFixture<QuestionnaireFlowFixture>
{
    public const string Name = "Questionnaire flow through /api/messages";
}
