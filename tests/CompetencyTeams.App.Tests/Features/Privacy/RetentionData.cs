using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.Levers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.Privacy;

/// <summary>
/// A campaign closed at its deadline with answers in a large team (6 people) and a small one (2), each person's
/// delivered invitation (conversation and card ids), both teams' action plans naming a person, and both teams' summaries.
/// </summary>
public static class RetentionData
{
    public const string LargeTeam = "team-large";
    public const string SmallTeam = "team-small";
    public const int LargeTeamSize = 6;
    public const int SmallTeamSize = 2;

    public static DateTimeOffset ClosedAt => QuestionnaireTestData.Deadline;

    public static async Task<Campaign> SeedClosedCampaignAsync(IServiceProvider services, string campaignId)
    {
        var ct = CancellationToken.None;
        var campaign = QuestionnaireTestData.RunningCampaign(campaignId, timeShares: false).Close(new FakeTimeProvider(ClosedAt));
        await services.GetRequiredService<ICampaignRepository>().SaveAsync(campaign, null, ct);
        var assessments = services.GetRequiredService<IAssessmentRepository>();
        var code = QuestionnaireTestData.Framework.Competencies[0].Code;
        foreach (var (team, size) in new[] { (LargeTeam, LargeTeamSize), (SmallTeam, SmallTeamSize) })
        {
            for (var i = 0; i < size; i++)
            {
                await assessments.SaveAsync(
                    new Assessment(campaignId, $"{team}-person-{i}", campaign.Framework, AssessmentStatus.Validated)
                    {
                        TeamId = team,
                        ManagerId = team + "-manager",
                        ProfileId = "profile-afr",
                        SelfAnswers = new Dictionary<string, LevelAnswer> { [code] = LevelAnswer.Of(2) },
                        ManagerAnswers = new Dictionary<string, LevelAnswer> { [code] = LevelAnswer.Of(3) },
                        BlockComments = new Dictionary<string, string> { ["1.1"] = "Commentaire personnel" },
                        ManagerComments = new Dictionary<string, string> { [code] = "Avis du manager" },
                        ValidatedBy = team + "-manager",
                        ValidatedAt = ClosedAt.AddDays(-1),
                        CreatedAt = ClosedAt.AddDays(-20),
                        UpdatedAt = ClosedAt.AddDays(-1),
                    },
                    null,
                    ct);
            }

            await services.GetRequiredService<IAssignmentRepository>().AddMissingAsync(
                campaignId,
                [.. Enumerable.Range(0, size).Select(i => Assignment.Create(campaignId, $"{team}-person-{i}", team, team + "-manager", "profile-afr")
                    .MarkDelivered($"activity-{team}-{i}", $"a:conversation-{team}-{i}", new FakeTimeProvider(ClosedAt.AddDays(-30))))],
                ct);
            await services.GetRequiredService<IActionPlanRepository>().SaveAsync(
                ActionPlan.Empty(campaignId, team).Add(
                    "act-1", LeverType.Training, $"Formation pour {team}-person-0", team + "-manager", null, team + "-manager", new FakeTimeProvider(ClosedAt),
                    new LeverProposal(LeverType.Training, "person-rule", new("Former", "Train")) { PersonId = $"{team}-person-0", CompetencyCode = code }),
                null,
                ct);
            await services.GetRequiredService<ITeamSummaryRepository>().UpsertAsync(
                new TeamSummary(campaignId, team, ClosedAt)
                {
                    TeamName = team,
                    Headcount = size,
                    ValidatedCount = size,
                    MeanGap = 0.5,
                    Participation = new Dictionary<ParticipationState, int> { [ParticipationState.Validated] = size },
                    TopLevers =
                    [
                        new LeverProposal(LeverType.Training, "team-rule", new("Former l'équipe", "Train the team")) { TeamId = team },
                        new LeverProposal(LeverType.Mobility, "person-rule", new("Mobilité", "Mobility")) { TeamId = team, PersonId = $"{team}-person-0" },
                    ],
                },
                ct);
        }

        return campaign;
    }
}
