using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>Reads the Bot Framework "endorsements" array that a JWKS key carries (the channels it may sign for).</summary>
public static class KeyEndorsements
{
    public const string PropertyName = "endorsements";

    /// <summary>The endorsements of the key with this id; null when the key is absent or has no endorsements.</summary>
    public static IReadOnlySet<string>? Find(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => keyId is not null && string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        return key is null ? null : Read(key);
    }

    public static IReadOnlySet<string>? Read(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(PropertyName, out var raw) || raw is null)
        {
            return null;
        }

        var values = raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null),
            JsonElement { ValueKind: JsonValueKind.String } single => [single.GetString()],
            string single => [single],
            IEnumerable list => list.Cast<object?>().Select(o => o?.ToString()),
            _ => [],
        };
        return values.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
