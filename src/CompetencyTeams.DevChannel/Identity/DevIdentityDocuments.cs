using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Identity;

/// <summary>The OpenID metadata and JWKS documents, shaped like login.botframework.com's and Entra's.</summary>
public static class DevIdentityDocuments
{
    public static JsonObject BotFrameworkMetadata(DevIdentityOptions options) => new()
    {
        ["issuer"] = options.BotFrameworkIssuer,
        ["authorization_endpoint"] = "https://invalid.botframework.com",
        ["jwks_uri"] = $"{options.BaseUrl}{DevIdentityPaths.BotFrameworkKeys}",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    public static JsonObject EntraMetadata(DevIdentityOptions options, string tenantId, string issuer)
    {
        var tenantBase = $"{options.BaseUrl}/{tenantId}";
        return new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = $"{tenantBase}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{tenantBase}/oauth2/v2.0/token",
            ["jwks_uri"] = $"{tenantBase}/discovery/v2.0/keys",
            ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
            ["response_modes_supported"] = new JsonArray("query", "fragment", "form_post"),
            ["subject_types_supported"] = new JsonArray("pairwise"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "client_secret_basic"),
            ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
            ["claims_supported"] = new JsonArray("sub", "iss", "aud", "exp", "iat", "nbf", "tid", "azp", "appid", "ver"),
            ["tenant_region_scope"] = "EU",
            ["cloud_instance_name"] = options.PublicHost,
        };
    }

    /// <summary>A JWKS holding one RSA key; Bot Framework keys also list the channels they are endorsed for.</summary>
    public static JsonObject KeySet(DevSigningKey key, IReadOnlyList<string>? endorsements)
    {
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["kid"] = key.KeyId,
            ["n"] = key.Modulus,
            ["e"] = key.Exponent,
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode?)JsonValue.Create(e))]);
        }

        return new JsonObject { ["keys"] = new JsonArray(jwk) };
    }
}

public static class DevIdentityPaths
{
    public const string BotFrameworkMetadata = "/v1/.well-known/openidconfiguration";
    public const string BotFrameworkMetadataHyphenated = "/v1/.well-known/openid-configuration";
    public const string BotFrameworkKeys = "/v1/.well-known/keys";
    public const string EntraMetadataV2 = "/{tenantId}/v2.0/.well-known/openid-configuration";
    public const string EntraMetadataV1 = "/{tenantId}/.well-known/openid-configuration";
    public const string EntraKeys = "/{tenantId}/discovery/v2.0/keys";
    public const string EntraKeysV1 = "/{tenantId}/discovery/keys";
    public const string Token = "/{tenantId}/oauth2/v2.0/token";
}
