using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.Levers;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.App.Features.Summaries;

/// <summary>Reads a campaign's audience, answers, profiles and teams, and runs the gap analysis and the lever rules over them.</summary>
public sealed class CampaignAnalysisLoader(
    ICampaignRepository campaigns,
    IAssignmentRepository assignments,
    IAssessmentRepository assessments,
    IPersonRepository people,
    IJobProfileRepository profiles,
    ITeamRepository teams,
    FrameworkIndexCache frameworks)
{
    private const int PointReadAudienceLimit = 500;

    /// <summary>The campaign's analysis; null when the campaign (or its framework version) is not stored.</summary>
    public async Task<CampaignAnalysis?> TryLoadAsync(string campaignId, CancellationToken cancellationToken)
    {
        try
        {
            return await LoadAsync(campaignId, cancellationToken);
        }
        catch (DomainRuleException rule) when (rule.Code is "summary.unknown-campaign" or "summary.unknown-framework")
        {
            return null;
        }
    }

    public async Task<CampaignAnalysis> LoadAsync(string campaignId, CancellationToken cancellationToken)
    {
        var campaign = (await campaigns.GetAsync(campaignId, cancellationToken))?.Value
            ?? throw new DomainRuleException("summary.unknown-campaign", $"There is no campaign '{campaignId}'.");
        var framework = await frameworks.GetAsync(campaign.Framework, cancellationToken)
            ?? throw new DomainRuleException("summary.unknown-framework", $"Framework {campaign.Framework} of campaign '{campaignId}' is not stored.");

        var audience = (await Pages.ReadAllAsync(token => assignments.ListAsync(campaignId, token, cancellationToken))).Select(v => v.Value).ToList();
        var answers = (await Pages.ReadAllAsync(token => assessments.ListForCampaignAsync(campaignId, token, cancellationToken))).Select(v => v.Value).ToList();
        var directory = await DirectoryOfAsync(audience, cancellationToken);

        // The audience is frozen at launch: a person is analysed in the team and profile they had then.
        var analysed = audience.Select(a => Frozen(a, directory.GetValueOrDefault(a.PersonId))).ToDictionary(p => p.ObjectId, StringComparer.Ordinal);
        var byPerson = answers.ToDictionary(a => a.PersonId, StringComparer.Ordinal);
        var participation = audience.ToDictionary(
            a => a.PersonId,
            a => Participation.Classify(a, byPerson.GetValueOrDefault(a.PersonId)?.Status, byPerson.GetValueOrDefault(a.PersonId)?.HasAnswers ?? false),
            StringComparer.Ordinal);

        var profileList = await profiles.GetManyAsync([.. analysed.Values.Select(p => p.ProfileId).OfType<string>().Distinct(StringComparer.Ordinal)], cancellationToken);
        var teamList = await Pages.ReadAllAsync(token => teams.ListAsync(token, cancellationToken));
        var input = new GapAnalysisInput(framework, [.. profileList.Select(p => p.Framework == framework.Framework.Ref ? p : p.RetargetTo(framework))], [.. analysed.Values], teamList, [.. byPerson.Values.Where(a => analysed.ContainsKey(a.PersonId))]);
        var rules = LeverRules.Default;
        var report = GapAnalyzer.Analyze(input, rules.CriticalMaxHolders);
        return new CampaignAnalysis(
            campaign,
            framework,
            analysed,
            teamList.ToDictionary(t => t.Id, StringComparer.Ordinal),
            report,
            LeverEngine.Propose(report, rules),
            participation);
    }

    // Small audiences: one point read per person. Large ones: the whole directory in pages of 1,000 is far fewer requests.
    private async Task<Dictionary<string, Person>> DirectoryOfAsync(List<Assignment> audience, CancellationToken cancellationToken)
    {
        if (audience.Count <= PointReadAudienceLimit)
        {
            return (await people.GetManyAsync([.. audience.Select(a => a.PersonId)], cancellationToken)).ToDictionary(p => p.ObjectId, StringComparer.Ordinal);
        }

        var wanted = audience.Select(a => a.PersonId).ToHashSet(StringComparer.Ordinal);
        var everyone = await Pages.ReadAllAsync(token => people.ListAsync(token, cancellationToken));
        return everyone.Where(p => wanted.Contains(p.ObjectId)).ToDictionary(p => p.ObjectId, StringComparer.Ordinal);
    }

    private static Person Frozen(Assignment assignment, Person? person) =>
        (person ?? new Person(assignment.PersonId, assignment.PersonId, "", null, null, null, 0, TimeShares.Empty, "fr-FR")) with
        {
            TeamId = assignment.TeamId ?? person?.TeamId,
            ProfileId = assignment.ProfileId ?? person?.ProfileId,
            ManagerId = assignment.ManagerId ?? person?.ManagerId,
        };
}
