using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Profiles;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>One person's questionnaire in one campaign, as read for one action (with the version tags to write back).</summary>
public sealed record QuestionnaireSession(string PersonId, Versioned<Campaign> Campaign, Versioned<Assignment> Assignment, AssessmentContext Context, Versioned<Assessment>? Assessment);

/// <summary>Reads a session and refuses, with a stable code, what the acting person may not touch.</summary>
public sealed class QuestionnaireLoader(
    ICampaignRepository campaigns,
    IAssignmentRepository assignments,
    IAssessmentRepository assessments,
    IJobProfileRepository profiles,
    FrameworkIndexCache frameworks)
{
    public async Task<QuestionnaireSession> LoadAsync(string personId, string campaignId, CancellationToken cancellationToken)
    {
        var campaignRead = campaigns.GetAsync(campaignId, cancellationToken);
        var assignmentRead = assignments.GetAsync(campaignId, personId, cancellationToken);
        var assessmentRead = assessments.GetAsync(campaignId, personId, cancellationToken);
        var campaign = await campaignRead ?? throw new DomainRuleException("questionnaire.unknown-campaign", $"Campaign {campaignId} does not exist.");

        // Someone outside the frozen audience learns nothing more than "not part of it", and nothing is written.
        var assignment = await assignmentRead ?? throw new DomainRuleException("questionnaire.not-assigned", $"Person {personId} is not in campaign {campaignId}.");
        var assessment = await assessmentRead;
        var context = await ContextAsync(campaign.Value, assignment.Value.ProfileId ?? assessment?.Value.ProfileId, cancellationToken);
        return new QuestionnaireSession(personId, campaign, assignment, context, assessment);
    }

    public async Task<Versioned<Assessment>?> ReloadAssessmentAsync(QuestionnaireSession session, CancellationToken cancellationToken) =>
        await assessments.GetAsync(session.Campaign.Value.Id, session.PersonId, cancellationToken);

    public async Task<AssessmentContext> ContextAsync(Campaign campaign, string? profileId, CancellationToken cancellationToken)
    {
        var profileRead = profileId is null ? Task.FromResult<Versioned<JobProfile>?>(null) : profiles.GetAsync(profileId, cancellationToken);
        var framework = await frameworks.GetAsync(campaign.Framework, cancellationToken)
            ?? throw new DomainRuleException("questionnaire.framework-missing", $"Framework {campaign.Framework} of campaign {campaign.Id} is not stored.");
        var profile = await profileRead;
        return new AssessmentContext(campaign, framework, profile?.Value);
    }
}
