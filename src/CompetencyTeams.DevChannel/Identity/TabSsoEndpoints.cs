using CompetencyTeams.DevChannel.Directory;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Identity;

/// <summary>
/// GET /devchannel/identity/tab-token?user={objectId}: a tab SSO token for a demo user (what teams-js getAuthToken
/// returns inside Teams); GET /devchannel/identity/tab-users: the demo users to pick from.
/// </summary>
public static class TabSsoEndpoints
{
    public const string TokenPath = "/devchannel/identity/tab-token";
    public const string UsersPath = "/devchannel/identity/tab-users";

    public static IServiceCollection AddTabSso(this IServiceCollection services)
    {
        services.AddOptions<TabSsoOptions>().BindConfiguration(TabSsoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.SectionName);
        services.TryAddSingleton<DemoDirectory>();
        services.TryAddSingleton<TabSsoTokenMinter>();
        return services;
    }

    /// <summary>Maps the endpoints; without <see cref="AddTabSso"/> the minter is built here from DevChannel:TabSso (checked now).</summary>
    public static IEndpointRouteBuilder MapTabSso(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var minter = services.GetService<TabSsoTokenMinter>() ?? new TabSsoTokenMinter(
            services.GetRequiredService<DevIdentityKeys>(),
            services.GetRequiredService<DevTokenIssuer>(),
            Options.Create(BindChecked(services.GetRequiredService<IConfiguration>())),
            services.GetRequiredService<TimeProvider>());
        endpoints.MapGet(TokenPath, (string? user, DemoDirectory directory) =>
        {
            if (string.IsNullOrWhiteSpace(user))
            {
                return Results.Problem("Give the demo user's object id: ?user={id}.", statusCode: StatusCodes.Status400BadRequest);
            }

            if (directory.Find(user) is not { } person)
            {
                return Results.Problem($"There is no demo user '{user}'.", statusCode: StatusCodes.Status404NotFound);
            }

            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = (int)minter.Options.Lifetime.TotalSeconds,
                ["access_token"] = minter.Mint(directory.TenantId, TabSsoSubject.Of(person)),
                ["user"] = new { person.Id, person.DisplayName, person.UserPrincipalName, Roles = person.Roles ?? [] },
            });
        }).WithTags("DevIdentity");

        endpoints.MapGet(UsersPath, (DemoDirectory directory) => Results.Json(directory.People.Select(p => new
        {
            p.Id,
            p.DisplayName,
            p.UserPrincipalName,
            p.JobTitle,
            p.TeamId,
            Roles = p.Roles ?? [],
            IsManager = directory.DirectReportsOf(p.Id).Any(),
        }))).WithTags("DevIdentity");
        return endpoints;
    }

    private static TabSsoOptions BindChecked(IConfiguration configuration)
    {
        var options = configuration.GetSection(TabSsoOptions.SectionName).Get<TabSsoOptions>() ?? new TabSsoOptions();
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            throw new OptionsValidationException(TabSsoOptions.SectionName, typeof(TabSsoOptions), [.. errors.Select(e => e.ErrorMessage ?? "invalid")]);
        }

        return options;
    }
}
