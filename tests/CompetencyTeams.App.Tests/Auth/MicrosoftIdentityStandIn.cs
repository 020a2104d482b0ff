extern alias devchannel;

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using devchannel::CompetencyTeams.DevChannel.Identity;

namespace CompetencyTeams.App.Tests.Auth;

/// <summary>
/// What the App's identity HttpClient reaches in production, at the HTTP boundary: Bot Framework's OpenID metadata and
/// key set (documented shapes) with a signing key of its own, standing for Microsoft's. Every other host fails as an
/// unreachable one does here.
/// </summary>
public sealed class MicrosoftIdentityStandIn : HttpMessageHandler
{
    public const string MetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    private const string KeysUrl = "https://login.botframework.com/v1/.well-known/keys";

    public DevSigningKey Key { get; } = new(RSA.Create(2048));

    /// <summary>A channel token as the real Bot Framework would sign it (the control case).</summary>
    public string ChannelToken(string botAppId, string serviceUrl, DateTimeOffset now) => DevJwt.Sign(new JsonObject
    {
        ["iss"] = "https://api.botframework.com",
        ["aud"] = botAppId,
        ["serviceurl"] = serviceUrl,
        ["appid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db",
        ["iat"] = now.ToUnixTimeSeconds(),
        ["nbf"] = now.ToUnixTimeSeconds(),
        ["exp"] = now.AddMinutes(10).ToUnixTimeSeconds(),
    }, Key);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.GetLeftPart(UriPartial.Path);
        var document = url switch
        {
            MetadataUrl => new JsonObject
            {
                ["issuer"] = "https://api.botframework.com",
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = KeysUrl,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            },
            KeysUrl => DevIdentityDocuments.KeySet(Key, ["msteams"]),
            _ => throw new HttpRequestException($"Name or service not known ({request.RequestUri.Host})"),
        };
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"),
        });
    }
}
