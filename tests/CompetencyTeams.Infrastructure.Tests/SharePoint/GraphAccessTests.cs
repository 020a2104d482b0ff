using System.ComponentModel.DataAnnotations;
using Azure.Core;
using CompetencyTeams.Infrastructure.SharePoint;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace CompetencyTeams.Infrastructure.Tests.SharePoint;

public sealed class GraphAccessTests
{
    [Theory]
    [InlineData("http://graph.contoso.com/v1.0", "LocalStandIn", "must use https")]
    [InlineData("https://graph.microsoft.com/v1.0", "LocalStandIn", "only for the DevChannel")]
    [InlineData("https://graph.microsoft.com/graph/v1.0/x", "ManagedIdentity", "ending in /v1.0")]
    [InlineData("https://graph.microsoft.com/v1.0", "ClientSecret", "needs Graph:TenantId")]
    public void GraphOptions_Contradictory_FailValidationNamingTheKey(string baseUrl, string authentication, string expected)
    {
        var options = new GraphOptions { BaseUrl = new Uri(baseUrl), Authentication = Enum.Parse<GraphAuthentication>(authentication) };

        var errors = options.Validate(new ValidationContext(options)).Select(e => e.ErrorMessage).ToList();

        Assert.Contains(errors, e => e!.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void GraphOptions_LoopbackStandIn_IsValid()
    {
        var options = new GraphOptions { BaseUrl = new Uri("http://127.0.0.1:5081/v1.0"), Authentication = GraphAuthentication.LocalStandIn };

        Assert.Empty(options.Validate(new ValidationContext(options)));
    }

    [Fact]
    public async Task GetAuthorizationTokenAsync_OtherHost_SendsNoToken()
    {
        var provider = new GraphAccessTokenProvider(new CountingCredential(), "https://graph.microsoft.com/.default", new Uri("https://graph.microsoft.com/v1.0"));

        var foreign = await provider.GetAuthorizationTokenAsync(new Uri("https://evil.example.com/v1.0/sites"));
        var graph = await provider.GetAuthorizationTokenAsync(new Uri("https://graph.microsoft.com/v1.0/sites"));

        Assert.Equal("", foreign);
        Assert.Equal("token-for-https://graph.microsoft.com/.default", graph);
    }

    [Fact]
    public async Task GetAuthorizationTokenAsync_PlainHttpOffLoopback_Refuses()
    {
        var provider = new GraphAccessTokenProvider(new CountingCredential(), "s", new Uri("http://graph.internal/v1.0"));

        await Assert.ThrowsAsync<ArgumentException>(() => provider.GetAuthorizationTokenAsync(new Uri("http://graph.internal/v1.0/sites")));
    }

    [Fact]
    public void Translate_ODataError403_NamesThePermissionOfTheOperation()
    {
        var error = new ODataError { ResponseStatusCode = 403, Error = new MainError { Code = "accessDenied", Message = "Access denied" } };

        var failure = GraphFailures.Translate(error, new GraphOperation("Writing items", GraphOperation.WritePermission));

        Assert.Equal(SharePointFailure.PermissionMissing, failure.Failure);
        Assert.Contains("Sites.Selected with a 'write' grant", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Graph said: Access denied", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_RetryHandlerAggregateOf503_IsUnavailableAndTransient()
    {
        var aggregate = new AggregateException("Too many retries performed.", new ApiException("503") { ResponseStatusCode = 503 });

        var failure = GraphFailures.Translate(aggregate, new GraphOperation("Reading", GraphOperation.ReadPermission));

        Assert.Equal(SharePointFailure.Unavailable, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.Equal(503, failure.StatusCode);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("Mon, 23 Nov 2026 09:00:30 GMT", 30)]
    [InlineData("Mon, 23 Nov 2026 08:00:00 GMT", 0)]
    public void ParseRetryAfter_SecondsOrHttpDate_GivesTheWait(string header, int seconds)
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(seconds), GraphFailures.ParseRetryAfter(header, now));
    }

    private sealed class CountingCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("token-for-" + string.Join(' ', requestContext.Scopes), DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
