using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Identity;

/// <summary>Mints the tokens the real parties would: channel tokens (Bot Connector → bot) and Entra access tokens.</summary>
public sealed class DevTokenIssuer(DevIdentityKeys keys, IOptions<DevIdentityOptions> options, TimeProvider timeProvider)
{
    /// <summary>The Bot Connector's own application id, as the caller of channel tokens.</summary>
    public const string ChannelAppId = "dev-bot-connector";

    /// <summary>A Bot Framework channel token, as the Bot Connector sends with each activity.</summary>
    public string MintChannelToken(string botAppId, string serviceUrl) =>
        DevJwt.Sign(Payload(options.Value.BotFrameworkIssuer, botAppId, options.Value.ChannelTokenLifetime, new JsonObject
        {
            ["serviceurl"] = serviceUrl,
            ["appid"] = ChannelAppId,
        }), keys.BotFrameworkKey);

    /// <summary>An Entra-issued channel token (the style Azure Bot Service is moving to), v1 or v2 issuer form.</summary>
    public string MintEntraChannelToken(string tenantId, string botAppId, string serviceUrl, EntraTokenVersion version = EntraTokenVersion.V2) =>
        DevJwt.Sign(Payload(EntraIssuer(tenantId, version), botAppId, options.Value.ChannelTokenLifetime, new JsonObject
        {
            ["serviceurl"] = serviceUrl,
            ["tid"] = tenantId,
            ["ver"] = version == EntraTokenVersion.V1 ? "1.0" : "2.0",
            [version == EntraTokenVersion.V1 ? "appid" : "azp"] = ChannelAppId,
        }), keys.EntraKey);

    /// <summary>A client-credentials access token for <paramref name="audience"/> (e.g. https://api.botframework.com).</summary>
    public string MintAccessToken(string tenantId, string clientId, string audience) =>
        DevJwt.Sign(Payload(EntraIssuer(tenantId, EntraTokenVersion.V2), audience, options.Value.AccessTokenLifetime, new JsonObject
        {
            ["tid"] = tenantId,
            ["azp"] = clientId,
            ["appid"] = clientId,
            ["sub"] = clientId,
            ["ver"] = "2.0",
        }), keys.EntraKey);

    /// <summary>
    /// The payload of an access token this issuer minted for <paramref name="audience"/>, if its signature, issuer,
    /// audience and lifetime hold (what the connector stand-in checks on the bot's calls); null otherwise.
    /// </summary>
    public JsonObject? ValidateAccessToken(string token, string tenantId, string audience)
    {
        var payload = DevJwt.VerifySignature(token, keys.EntraKey);
        if (payload is null)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var valid = payload["iss"]?.GetValue<string>() == EntraIssuer(tenantId, EntraTokenVersion.V2)
            && payload["aud"]?.GetValue<string>() == audience
            && payload["exp"]?.GetValue<long>() >= now
            && payload["nbf"]?.GetValue<long>() <= now + 300;
        return valid ? payload : null;
    }

    public string EntraIssuer(string tenantId, EntraTokenVersion version) => version == EntraTokenVersion.V1
        ? options.Value.EntraV1IssuerTemplate.Replace("{tenantId}", tenantId, StringComparison.Ordinal)
        : $"{options.Value.BaseUrl}/{tenantId}/v2.0";

    private JsonObject Payload(string issuer, string audience, TimeSpan lifetime, JsonObject claims)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        claims["iss"] = issuer;
        claims["aud"] = audience;
        claims["iat"] = now;
        claims["nbf"] = now;
        claims["exp"] = now + (long)lifetime.TotalSeconds;
        return claims;
    }
}

public enum EntraTokenVersion
{
    V1,
    V2,
}
