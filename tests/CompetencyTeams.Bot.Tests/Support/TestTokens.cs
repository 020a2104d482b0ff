using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Identity;

namespace CompetencyTeams.Bot.Tests.Support;

/// <summary>Hand-made tokens, good and bad, signed with the local issuer's real keys (or deliberately not).</summary>
public static class TestTokens
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public static JsonObject ChannelPayload(DateTimeOffset now, string audience = BotTestSettings.AppId, string? serviceUrl = BotTestSettings.ServiceUrl, string issuer = BotFrameworkIssuer)
    {
        var payload = new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(5).ToUnixTimeSeconds(),
            ["appid"] = "dev-bot-connector",
        };
        if (serviceUrl is not null)
        {
            payload["serviceurl"] = serviceUrl;
        }

        return payload;
    }

    public static string Sign(JsonObject payload, DevSigningKey key) => DevJwt.Sign(payload, key);

    /// <summary>An unsigned token (alg none), as an attacker would send it.</summary>
    public static string WithAlgNone(JsonObject payload) =>
        Encode(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" }) + "." + Encode(payload) + ".";

    /// <summary>The classic confusion attack: HS256 keyed with the RSA public key (as PEM text).</summary>
    public static string Hs256WithPublicKey(JsonObject payload, DevSigningKey key)
    {
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = key.KeyId };
        var input = Encode(header) + "." + Encode(payload);
        var secret = Encoding.ASCII.GetBytes(key.Rsa.ExportSubjectPublicKeyInfoPem());
        return input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
    }

    /// <summary>Replaces the payload of a signed token, keeping its header and signature.</summary>
    public static string WithPayload(string token, JsonObject payload)
    {
        var parts = token.Split('.');
        return parts[0] + "." + Encode(payload) + "." + parts[2];
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
