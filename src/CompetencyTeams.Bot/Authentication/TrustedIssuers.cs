using Microsoft.Extensions.Options;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>The issuers whose channel tokens are accepted, each with the metadata address its keys come from.</summary>
public sealed class TrustedIssuers
{
    private readonly Dictionary<string, TrustedIssuer> _byIssuer = new(StringComparer.Ordinal);

    public TrustedIssuers(IOptions<BotOptions> options)
    {
        var settings = options.Value;
        _byIssuer[settings.BotFrameworkIssuer] = new TrustedIssuer(settings.BotFrameworkIssuer, settings.BotFrameworkOpenIdMetadataUrl, IssuerKind.BotFramework, TenantId: null);
        foreach (var tenantId in settings.EffectiveBotServiceTenantIds.Prepend(settings.TenantId).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var metadata = settings.EntraOpenIdMetadataUrlTemplate.Replace(BotOptions.TenantIdPlaceholder, tenantId, StringComparison.Ordinal);
            foreach (var template in settings.EffectiveEntraIssuerTemplates)
            {
                var issuer = template.Replace(BotOptions.TenantIdPlaceholder, tenantId, StringComparison.Ordinal);
                _byIssuer.TryAdd(issuer, new TrustedIssuer(issuer, metadata, IssuerKind.Entra, tenantId));
            }
        }
    }

    public IEnumerable<TrustedIssuer> All => _byIssuer.Values;

    public TrustedIssuer? Find(string? issuer) => issuer is not null && _byIssuer.TryGetValue(issuer, out var trusted) ? trusted : null;
}

public enum IssuerKind
{
    /// <summary>https://api.botframework.com: keys from the Bot Framework metadata, endorsement required.</summary>
    BotFramework,

    /// <summary>An Entra tenant (the bot's own or a Bot Service tenant), v1 or v2 issuer form.</summary>
    Entra,
}

public sealed record TrustedIssuer(string Issuer, string MetadataUrl, IssuerKind Kind, string? TenantId);
