using CompetencyTeams.Bot.Authentication;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Auth;

/// <summary>
/// A locally generated certificate (the DevChannel's) may be trusted for the identity metadata anywhere but in
/// Production: there the App trusts only what the operating system trusts, whatever the configuration says.
/// </summary>
public sealed class LocalTrustGuard(IHostEnvironment environment) : IValidateOptions<BotOptions>, IValidateOptions<TabOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options) =>
        Check(BotOptions.SectionName, options.TrustedLocalCertificatePath);

    public ValidateOptionsResult Validate(string? name, TabOptions options) =>
        Check(TabOptions.SectionName, options.TrustedLocalCertificatePath);

    private ValidateOptionsResult Check(string section, string? path) =>
        environment.IsProduction() && !string.IsNullOrWhiteSpace(path)
            ? ValidateOptionsResult.Fail($"{section}:TrustedLocalCertificatePath is for the DevChannel in development; remove it from the production configuration.")
            : ValidateOptionsResult.Success;
}
