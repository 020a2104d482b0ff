namespace CompetencyTeams.Bot.Tests.Support;

/// <summary>One local issuer (keys endorsed for msteams) and one bot host trusting it, shared by a test collection.</summary>
public sealed class BotFixture : IAsyncLifetime
{
    public IdentityHost Identity { get; private set; } = null!;

    public BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await IdentityHost.StartAsync();
        Bot = await BotHost.StartAsync(BotTestSettings.For(Identity));
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Identity.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BotCollection : ICollectionFixture<BotFixture>
{
    public const string Name = "Bot endpoint against a local issuer";
}
