using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.App.Features.DemoSeed;

/// <summary>
/// Writes the demo organisation through the repositories: the shipped framework, the four AFR job profiles, the teams
/// and people of the demo file, a closed campaign with its answers, summaries and action plans, and a campaign ready to
/// launch. Every record is created only when absent, so a second run writes nothing; with reset, the demo's records are
/// removed first and the campaigns and plans overwritten.
/// </summary>
public sealed class DemoSeeder(
    IFrameworkRepository frameworks,
    IJobProfileRepository profiles,
    ITeamRepository teams,
    IPersonRepository people,
    ICampaignRepository campaigns,
    IAssignmentRepository assignments,
    IAssessmentRepository assessments,
    IActionPlanRepository plans,
    ITeamSummaryRepository summaries,
    TeamSummaryService summaryService,
    DemoReset reset,
    TimeProvider clock)
{
    public async Task<DemoSeedReport> SeedAsync(DemoOrganisation organisation, DemoSeedOptions options, bool resetFirst, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(options);
        var report = new DemoSeedReport();
        if (resetFirst)
        {
            report.Count("deleted", await reset.DeleteAsync(organisation, cancellationToken));
        }

        var framework = ShippedFrameworks.AnapAfr;
        if (await frameworks.GetAsync(framework.Ref, cancellationToken) is null)
        {
            await frameworks.AddVersionAsync(framework, cancellationToken);
            report.Count("frameworks");
        }

        var index = new FrameworkIndex(framework);
        var horizon = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(2);
        var profileList = DemoProfiles.All(framework.Ref, new DateOnly(horizon.Year, 1, 1));
        foreach (var profile in profileList)
        {
            profile.EnsureValidAgainst(index);
            report.Count("profiles", await CreateIfAbsentAsync(() => profiles.GetAsync(profile.Id, cancellationToken), () => profiles.SaveAsync(profile, null, cancellationToken)));
        }

        foreach (var team in organisation.Teams.Select(t => new Team(t.Id, t.Name.Fr, t.ManagerId)))
        {
            report.Count("teams", await CreateIfAbsentAsync(() => teams.GetAsync(team.Id, cancellationToken), () => teams.SaveAsync(team, null, cancellationToken)));
        }

        var staff = organisation.People.Select(ToPerson).ToList();
        foreach (var person in staff)
        {
            report.Count("people", await CreateIfAbsentAsync(() => people.GetAsync(person.ObjectId, cancellationToken), () => people.SaveAsync(person, null, cancellationToken)));
        }

        var audience = AudienceSpec.Of(teamIds: organisation.Teams.Select(t => t.Id));
        await SeedClosedCampaignAsync(index, audience, staff, profileList, options, resetFirst, report, cancellationToken);
        var ready = DemoCampaigns.Ready(framework.Ref, audience, options.TimeZoneId, clock);
        report.Count("campaigns", await SaveCampaignAsync(ready, resetFirst, cancellationToken));
        return report;
    }

    private async Task SeedClosedCampaignAsync(FrameworkIndex index, AudienceSpec audience, IReadOnlyList<Person> staff, IReadOnlyList<JobProfile> profileList, DemoSeedOptions options, bool replace, DemoSeedReport report, CancellationToken cancellationToken)
    {
        var closed = DemoCampaigns.Closed(index, audience, staff, profileList.ToDictionary(p => p.Id, StringComparer.Ordinal), options.TimeZoneId, clock);
        report.Count("campaigns", await SaveCampaignAsync(closed.Campaign, replace, cancellationToken));
        report.Count("assignments", await assignments.AddMissingAsync(closed.Campaign.Id, closed.Assignments, cancellationToken));
        foreach (var assessment in closed.Assessments)
        {
            report.Count("assessments", await CreateIfAbsentAsync(
                () => assessments.GetAsync(assessment.CampaignId, assessment.PersonId, cancellationToken),
                () => assessments.SaveAsync(assessment, null, cancellationToken)));
        }

        var stored = await summaries.ListForCampaignAsync(closed.Campaign.Id, null, cancellationToken);
        var teamCount = closed.Assignments.Select(a => a.TeamId).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        if (!replace && stored.Items.Count >= teamCount)
        {
            return;
        }

        foreach (var context in await summaryService.ComputeCampaignAsync(closed.Campaign.Id, cancellationToken))
        {
            report.Count("team summaries");
            report.Count("action plans", await SavePlanAsync(context.Summary, closed.Campaign, replace, cancellationToken));
        }
    }

    private async Task<int> SaveCampaignAsync(Campaign campaign, bool replace, CancellationToken cancellationToken)
    {
        var existing = await campaigns.GetAsync(campaign.Id, cancellationToken);
        if (existing is not null && !replace)
        {
            return 0;
        }

        await campaigns.SaveAsync(campaign, existing?.Version, cancellationToken);
        return 1;
    }

    // The manager's plan: the two levers the rules put first, owned by the manager, due three months after the close.
    private async Task<int> SavePlanAsync(TeamSummary summary, Campaign campaign, bool replace, CancellationToken cancellationToken)
    {
        var existing = await plans.GetAsync(campaign.Id, summary.TeamId, cancellationToken);
        if ((existing is not null && !replace) || summary.ManagerId is null)
        {
            return 0;
        }

        var at = new FixedClock(campaign.ClosedAt ?? campaign.Deadline);
        var due = DateOnly.FromDateTime((campaign.ClosedAt ?? campaign.Deadline).UtcDateTime).AddMonths(3);
        var plan = ActionPlan.Empty(campaign.Id, summary.TeamId);
        foreach (var (proposal, i) in summary.TopLevers.Take(2).Select((p, i) => (p, i)))
        {
            var reason = proposal.Reason.Fr.Length > ActionPlan.MaxReasonLength ? proposal.Reason.Fr[..ActionPlan.MaxReasonLength] : proposal.Reason.Fr;
            plan = plan.Add($"{summary.TeamId}-{i + 1}", proposal.Type, reason, summary.ManagerId, due, summary.ManagerId, at, proposal);
        }

        await plans.SaveAsync(plan, existing?.Version, cancellationToken);
        return 1;
    }

    private static async Task<int> CreateIfAbsentAsync<T>(Func<Task<Versioned<T>?>> read, Func<Task<string>> create)
    {
        if (await read() is not null)
        {
            return 0;
        }

        try
        {
            await create();
            return 1;
        }
        catch (ConcurrencyConflictException)
        {
            return 0; // Created meanwhile by another run: same data.
        }
    }

    private static Person ToPerson(DemoPerson p) =>
        new(p.Id, p.DisplayName, p.UserPrincipalName, p.TeamId, p.ManagerId, p.ProfileId, p.Fte,
            p.ProfileId is null ? TimeShares.Empty : TimeShares.FromPercentages(DemoProfiles.TimeSplit(p.ProfileId)),
            p.Locale ?? "fr-FR");
}
