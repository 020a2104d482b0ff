using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// The retention purge: on every tick of a <see cref="PeriodicTimer"/> driven by the <see cref="TimeProvider"/>, it
/// finds the closed and cancelled campaigns past retention and purges each one it manages to lease (so any number of
/// instances may run it). Each purge is recorded in the audit log.
/// </summary>
public sealed class RetentionWorker(
    ICampaignRepository campaigns,
    RetentionLedger ledger,
    RetentionPurger purger,
    IAuditLog audit,
    IOptions<PrivacyOptions> options,
    TimeProvider clock,
    ILogger<RetentionWorker> logger) : BackgroundService
{
    public const string Actor = "system:retention";

    private readonly string _owner = $"{Environment.MachineName}:{Guid.NewGuid():N}";

    /// <summary>One pass (public for tests and for "run now"): the purges this instance completed.</summary>
    public async Task<IReadOnlyList<RetentionRun>> TickAsync(CancellationToken cancellationToken)
    {
        var completed = new List<RetentionRun>();
        foreach (var campaign in await DueAsync(cancellationToken))
        {
            try
            {
                var run = await ledger.TryClaimAsync(campaign.Id, _owner, options.Value.RetentionLease, cancellationToken);
                if (run is null)
                {
                    continue;
                }

                run = await ledger.CompleteAsync(await purger.PurgeAsync(campaign, run, cancellationToken), cancellationToken);
                await AuditAsync(run, cancellationToken);
                PrivacyLog.Purged(logger, campaign.Id, run.AnswersAnonymized, run.AnswersDeleted, run.SummariesEmptied);
                completed.Add(run);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PrivacyLog.PurgeFailed(logger, campaign.Id, ex.Message);
            }
        }

        return completed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionInterval, clock);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PrivacyLog.PassFailed(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<List<Campaign>> DueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = new List<Campaign>();
        foreach (var status in new[] { CampaignStatus.Closed, CampaignStatus.Cancelled })
        {
            string? token = null;
            do
            {
                var page = await campaigns.ListAsync(status, token, cancellationToken);
                due.AddRange(page.Items.Select(c => c.Value).Where(c => RetentionSchedule.IsDue(c, options.Value.RetentionMonths, now)));
                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        return due;
    }

    private Task AuditAsync(RetentionRun run, CancellationToken cancellationToken) =>
        audit.AppendAsync(
            new AuditEntry(Guid.NewGuid().ToString("N"), clock.GetUtcNow(), Actor, "system", AuditActions.RetentionPurged, "campaign", run.CampaignId)
            {
                CampaignId = run.CampaignId,
                Details = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["mode"] = options.Value.RetentionMode.ToString(),
                    ["answersAnonymized"] = run.AnswersAnonymized.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["answersDeleted"] = run.AnswersDeleted.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["summariesEmptied"] = run.SummariesEmptied.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["assignmentsDeleted"] = run.AssignmentsDeleted.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["plansAnonymized"] = run.PlansAnonymized.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["plansEmptied"] = run.PlansEmptied.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            },
            cancellationToken);
}
