using CompetencyTeams.App.Features.DemoSeed;
using CompetencyTeams.Infrastructure.SharePoint;
using CompetencyTeams.Infrastructure.Storage;

namespace CompetencyTeams.App.Hosting;

/// <summary>
/// Administrative commands run by the App's own binary instead of serving HTTP (like a migration):
/// <c>seed-demo [--reset]</c> writes the demo organisation; <c>provision-sharepoint</c> creates the SharePoint lists and
/// their missing columns (needs the admin grant). Each runs with the App's configuration and exits with 0 or 1.
/// </summary>
public static class AppCommands
{
    public const string SeedDemo = "seed-demo";
    public const string ProvisionSharePoint = "provision-sharepoint";

    /// <summary>Runs the command named by the first argument and returns true; false when the arguments name no command (serve HTTP).</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var command = args.Length > 0 ? args[0] : null;
        if (command is not (SeedDemo or ProvisionSharePoint))
        {
            return false;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        try
        {
            var message = command == SeedDemo
                ? await RunSeedDemoAsync(app.Services, args.Contains("--reset", StringComparer.Ordinal), stop.Token)
                : await RunProvisionSharePointAsync(app.Services, stop.Token);
            await Console.Out.WriteLineAsync($"{command}: {message}");
            Environment.ExitCode = 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"{command} failed: {ex.Message}");
            Environment.ExitCode = 1;
        }

        return true;
    }

    /// <summary>Creates the tables and queues, then seeds (or resets and reseeds) the demo organisation.</summary>
    public static async Task<string> RunSeedDemoAsync(IServiceProvider services, bool reset, CancellationToken cancellationToken) =>
        (await SeedDemoAsync(services, reset, cancellationToken)).ToString();

    public static async Task<DemoSeedReport> SeedDemoAsync(IServiceProvider services, bool reset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
        var options = services.GetRequiredService<IConfiguration>().GetSection(DemoSeedOptions.SectionName).Get<DemoSeedOptions>() ?? new DemoSeedOptions();
        var organisation = DemoOrganisationFile.Read(options.OrganisationPath);
        var reseter = ActivatorUtilities.CreateInstance<DemoReset>(services);
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(services, reseter);
        return await seeder.SeedAsync(organisation, options, reset, cancellationToken);
    }

    public static async Task<string> RunProvisionSharePointAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var provisioner = services.GetService<ISharePointListProvisioner>()
            ?? throw new InvalidOperationException("SharePoint publication is not configured: set SharePoint:SiteHostname and SharePoint:SitePath (and the Graph section).");
        var report = await provisioner.ProvisionAsync(cancellationToken);
        return report.ChangedAnything
            ? $"created lists [{string.Join(", ", report.CreatedLists)}], added columns [{string.Join(", ", report.AddedColumns)}]"
            : "the lists and their columns already exist; nothing changed.";
    }
}
