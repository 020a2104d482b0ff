using System.Net;
using CompetencyTeams.App.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Moq;

namespace CompetencyTeams.App.Tests.Security;

/// <summary>Every response of the real App carries the security headers, whatever its status; Teams (only) may frame it.</summary>
[Collection(SecurityHostCollection.Name)]
public sealed class SecurityHeadersTests(SecurityHostFixture fixture)
{
    private const string TeamsAncestors =
        "frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft";

    [Theory]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/api/tab/me", HttpStatusCode.Unauthorized)]
    [InlineData("/api/tab/privacy-notice", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task AnyResponse_CarriesCspNosniffAndReferrerPolicy_AndNoXFrameOptions(string path, HttpStatusCode expected)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.EndsWith(TeamsAncestors, csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' https://res.cdn.office.net;", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task ApiResponse_IsNeverCached()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/tab/privacy-notice", UriKind.Relative));

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public void Csp_InDevelopmentWithTheDevChannel_AlsoLetsTheDevChannelFrameTheTab()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tab:DevChannelUrl"] = "http://127.0.0.1:5081/chat/" }).Build();

        var origin = SecurityHeadersPolicy.DevChannelOrigin(configuration, Environment(Environments.Development));
        var csp = SecurityHeadersPolicy.ContentSecurityPolicy([], origin);

        Assert.Equal("http://127.0.0.1:5081", origin);
        Assert.EndsWith(TeamsAncestors + " http://127.0.0.1:5081", csp, StringComparison.Ordinal);
    }

    [Fact]
    public void Csp_OutsideDevelopment_IgnoresTheDevChannel()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tab:DevChannelUrl"] = "http://127.0.0.1:5081" }).Build();

        Assert.Null(SecurityHeadersPolicy.DevChannelOrigin(configuration, Environment(Environments.Production)));
    }

    private static IHostEnvironment Environment(string name) => Mock.Of<IHostEnvironment>(e => e.EnvironmentName == name);
}
