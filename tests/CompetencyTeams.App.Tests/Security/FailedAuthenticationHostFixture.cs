using CompetencyTeams.App.Tests.Auth;
using Microsoft.AspNetCore.Hosting;

namespace CompetencyTeams.App.Tests.Security;

/// <summary>
/// The tab API host (tab and bot endpoints, trusting the DevChannel issuer) where one client address may fail
/// authentication only <see cref="Permit"/> times a minute. A host of its own: its flood must not turn the 401s other
/// test classes expect into 429s.
/// </summary>
public sealed class FailedAuthenticationHostFixture : TabApiFixture
{
    public const int Permit = 5;

    protected override void ConfigureHost(IWebHostBuilder host) =>
        host.UseSetting("Security:AnonymousPermitPerMinute", Permit.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

[CollectionDefinition(Name)]
public sealed class FailedAuthenticationHostCollection : ICollectionFixture<FailedAuthenticationHostFixture>
{
    public const string Name = "Tab API and bot endpoint with a tight limit on failed authentication";
}
