using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Auth;

/// <summary>
/// The tab's scheme runs only where a tab policy asks for it. Were it the default (explicitly or as the single registered
/// scheme), the authentication middleware would validate the bot's channel tokens on /api/messages as tab tokens too,
/// fetching the tab issuer's metadata on the bot's hot path.
/// </summary>
[Collection(TabApiCollection.Name)]
public sealed class TabSchemeIsolationTests(TabApiFixture fixture)
{
    [Fact]
    public async Task Authentication_HasNoDefaultScheme_SoOnlyTabPoliciesRunTheTabValidation()
    {
        var schemes = fixture.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.Null(await schemes.GetDefaultAuthenticateSchemeAsync());
        Assert.Null(await schemes.GetDefaultChallengeSchemeAsync());
        Assert.NotNull(await schemes.GetSchemeAsync(CompetencyTeams.App.Auth.TabAuthentication.Scheme));
    }

    [Fact]
    public async Task Me_ValidTokenStillAuthenticatesThroughThePolicyScheme()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, "/api/tab/me", fixture.DevChannel.Token(TabOrganisation.ManagerA));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
