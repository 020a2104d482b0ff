using Bunit;
using CompetencyTeams.App.Tab.Components.Hr;
using CompetencyTeams.App.Tab.Services;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

public sealed class SharePointProvisioningTests : IAsyncLifetime
{
    private readonly TabComponentTestContext _tab = new();

    [Fact]
    public void Provisioning_that_created_lists_names_them_in_the_users_language()
    {
        _tab.Hr.Setup(h => h.ProvisionSharePointAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TabProvisioning(true, ["Campaign summaries", "Action plan"], []));
        var cut = _tab.Render<SharePointProvisioning>("fr-FR");

        cut.Find("fluent-button").Click();

        Assert.Contains("Listes créées : Campaign summaries, Action plan. Colonnes ajoutées : aucune.", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Provisioning_again_says_nothing_changed()
    {
        _tab.Hr.Setup(h => h.ProvisionSharePointAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new TabProvisioning(false, [], []));
        var cut = _tab.Render<SharePointProvisioning>("en-US");

        cut.Find("fluent-button").Click();

        Assert.Contains("already exist; nothing changed", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _tab.DisposeAsync();
}
