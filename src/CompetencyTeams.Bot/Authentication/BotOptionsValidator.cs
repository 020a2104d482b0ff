using Microsoft.Extensions.Options;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>Checks what data annotations cannot: HTTPS addresses, templates, credentials, the local certificate.</summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        RequireHttps(failures, "Bot:AuthorityHost", options.AuthorityHost);
        RequireHttps(failures, "Bot:BotFrameworkOpenIdMetadataUrl", options.BotFrameworkOpenIdMetadataUrl);
        RequireTemplate(failures, "Bot:EntraOpenIdMetadataUrlTemplate", options.EntraOpenIdMetadataUrlTemplate);
        RequireHttps(failures, "Bot:EntraOpenIdMetadataUrlTemplate", options.EntraOpenIdMetadataUrlTemplate.Replace(BotOptions.TenantIdPlaceholder, "tenant", StringComparison.Ordinal));
        foreach (var template in options.EffectiveEntraIssuerTemplates)
        {
            RequireTemplate(failures, "Bot:EntraIssuerTemplates", template);
        }

        if (string.IsNullOrWhiteSpace(options.BotFrameworkIssuer))
        {
            failures.Add("Bot:BotFrameworkIssuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.OutboundScope))
        {
            failures.Add("Bot:OutboundScope must not be empty.");
        }

        if (options.CredentialType == BotCredentialType.ClientSecret && string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Bot:ClientSecret is required when Bot:CredentialType is ClientSecret (or set Bot:CredentialType to ManagedIdentity).");
        }

        if (options.EffectiveAllowedTenantIds.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Bot:AllowedTenantIds must not contain empty values.");
        }

        if (options.TrustedLocalCertificatePath is { Length: > 0 } path && LocalCertificateTrust.TryLoad(path, out var error) is null)
        {
            failures.Add($"Bot:TrustedLocalCertificatePath: {error}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireHttps(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{key} must be an absolute https address (was '{value}').");
        }
    }

    private static void RequireTemplate(List<string> failures, string key, string? template)
    {
        if (template is null || !template.Contains(BotOptions.TenantIdPlaceholder, StringComparison.Ordinal))
        {
            failures.Add($"{key} must contain {BotOptions.TenantIdPlaceholder} (was '{template}').");
        }
    }
}
