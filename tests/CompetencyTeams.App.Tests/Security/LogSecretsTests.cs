using System.Net;

namespace CompetencyTeams.App.Tests.Security;

/// <summary>With every log level on, neither tokens (valid or rejected) nor configured secrets reach the logs.</summary>
[Collection(SecurityHostCollection.Name)]
public sealed class LogSecretsTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task Logs_AfterAcceptedAndRejectedTokens_HoldNoTokenAndNoSecret()
    {
        var valid = fixture.DevChannel.Token(Guid.NewGuid().ToString());
        var payload = fixture.DevChannel.Payload(Guid.NewGuid().ToString());
        payload["aud"] = "someone-else";
        var rejected = fixture.DevChannel.Sign(payload);
        var garbage = "eyJhbGciOiJub25lIn0." + Convert.ToBase64String("{\"secret-marker\":1}"u8.ToArray()).TrimEnd('=') + ".";

        using var ok = await fixture.SendAsync(HttpMethod.Get, "/api/tab/me", valid);
        using var refused = await fixture.SendAsync(HttpMethod.Get, "/api/tab/me", rejected);
        using var unreadable = await fixture.SendAsync(HttpMethod.Get, "/api/tab/me", garbage);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unreadable.StatusCode);
        var logs = string.Join('\n', fixture.Logs.Lines);
        Assert.Contains("Tab token rejected", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { Signature(valid), Signature(rejected), Payload(valid), Payload(rejected), "secret-marker", "tab-tests-secret" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }

    private static string Payload(string token) => token.Split('.')[1];

    private static string Signature(string token) => token.Split('.')[2];
}
