using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Profiles;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>One person's questionnaire in one campaign, as read for one action (with the version tags to write back).</summary>
public sealed record QuestionnaireSession(string PersonId, Versioned<Campaign> Campaign, Versioned<Assignment> Assignment, AssessmentContext Context, Versioned<Assessment>? Assessment);

/// <summary>
/// Reads a session and refuses, with a stable code, what the acting person may not touch. The person's assignment and
/// assessment are read on every click (they are what the click changes); the campaign and the job profile change
/// rarely and are reused for a few seconds (see <see cref="QuestionnaireOptions"/>): the campaign's window is still
/// judged on every click from its deadline and the clock.
/// </summary>
public sealed class QuestionnaireLoader(
    ICampaignRepository campaigns,
    IAssignmentRepository assignments,
    IAssessmentRepository assessments,
    IJobProfileRepository profiles,
    FrameworkIndexCache frameworks,
    TimeProvider clock,
    IOptions<QuestionnaireOptions> options)
{
    private readonly ExpiringReadCache<string, Versioned<Campaign>> _campaigns = new(clock, TimeSpan.FromSeconds(options.Value.CampaignCacheSeconds));
    private readonly ExpiringReadCache<string, Versioned<JobProfile>> _profiles = new(clock, TimeSpan.FromSeconds(options.Value.ProfileCacheSeconds));
    private readonly ExpiringReadCache<(string CampaignId, string PersonId), Versioned<Assignment>> _assignments = new(clock, TimeSpan.FromSeconds(options.Value.AssignmentCacheSeconds));

    public async Task<QuestionnaireSession> LoadAsync(string personId, string campaignId, CancellationToken cancellationToken)
    {
        var campaignRead = CampaignAsync(campaignId, cancellationToken);
        var assignmentRead = _assignments.GetAsync((campaignId, personId), key => assignments.GetAsync(key.CampaignId, key.PersonId, CancellationToken.None), cancellationToken);
        var assessmentRead = assessments.GetAsync(campaignId, personId, cancellationToken);
        var campaign = await campaignRead ?? throw new DomainRuleException("questionnaire.unknown-campaign", $"Campaign {campaignId} does not exist.");

        // Someone outside the frozen audience learns nothing more than "not part of it", and nothing is written.
        var assignment = await assignmentRead ?? throw new DomainRuleException("questionnaire.not-assigned", $"Person {personId} is not in campaign {campaignId}.");
        var assessment = await assessmentRead;
        var context = await ContextAsync(campaign.Value, assignment.Value.ProfileId ?? assessment?.Value.ProfileId, cancellationToken);
        return new QuestionnaireSession(personId, campaign, assignment, context, assessment);
    }

    /// <summary>After this instance wrote the assignment (or lost a race on it): the next click reads it again.</summary>
    public void ForgetAssignment(string campaignId, string personId) => _assignments.Forget((campaignId, personId));

    public async Task<Versioned<Assessment>?> ReloadAssessmentAsync(QuestionnaireSession session, CancellationToken cancellationToken) =>
        await assessments.GetAsync(session.Campaign.Value.Id, session.PersonId, cancellationToken);

    public async Task<AssessmentContext> ContextAsync(Campaign campaign, string? profileId, CancellationToken cancellationToken)
    {
        var profileRead = profileId is null ? Task.FromResult<Versioned<JobProfile>?>(null) : ProfileAsync(profileId, cancellationToken);
        var framework = await frameworks.GetAsync(campaign.Framework, cancellationToken)
            ?? throw new DomainRuleException("questionnaire.framework-missing", $"Framework {campaign.Framework} of campaign {campaign.Id} is not stored.");
        var profile = await profileRead;
        return new AssessmentContext(campaign, framework, profile?.Value);
    }

    // A cached read is shared by every click waiting for it, so one click's cancellation must not cancel it for the others.
    private Task<Versioned<Campaign>?> CampaignAsync(string campaignId, CancellationToken cancellationToken) =>
        _campaigns.GetAsync(campaignId, id => campaigns.GetAsync(id, CancellationToken.None), cancellationToken);

    private Task<Versioned<JobProfile>?> ProfileAsync(string profileId, CancellationToken cancellationToken) =>
        _profiles.GetAsync(profileId, id => profiles.GetAsync(id, CancellationToken.None), cancellationToken);
}
