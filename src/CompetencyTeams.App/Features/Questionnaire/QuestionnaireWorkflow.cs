using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Cards;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>
/// One card action of one person: load their questionnaire, check and apply the step (saved as a draft), and return
/// the next card. Every refusal becomes an error card with nothing written.
/// </summary>
public sealed partial class QuestionnaireWorkflow(
    QuestionnaireLoader loader,
    AssessmentWriter writer,
    PersonOverview overview,
    TimeProvider clock,
    IOptions<QuestionnaireOptions> options,
    ILogger<QuestionnaireWorkflow> logger)
{
    public async Task<AdaptiveCard> HandleAsync(string personId, CardAudience audience, QuestionnaireRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return request.Verb switch
            {
                QuestionnaireVerbs.Help => MessageCards.Help(audience),
                QuestionnaireVerbs.Status => await overview.StatusCardAsync(personId, audience, null, cancellationToken),
                QuestionnaireVerbs.Refresh when request.View == QuestionnaireViews.Status => await overview.StatusCardAsync(personId, audience, null, cancellationToken),
                _ when request.CampaignId is null => await ResumeAsync(personId, audience, cancellationToken),
                _ => await StepAsync(personId, audience, request, cancellationToken),
            };
        }
        catch (DomainRuleException ex)
        {
            Log.Refused(logger, request.Verb, request.CampaignId, ex.Code, ex.Message);
            return MessageCards.Error(audience, ex.Code, request.CampaignId);
        }
    }

    /// <summary>"resume" without a campaign: the open questionnaire with the nearest deadline, else the status card.</summary>
    public async Task<AdaptiveCard> ResumeAsync(string personId, CardAudience audience, CancellationToken cancellationToken)
    {
        var campaignId = await overview.OpenCampaignAsync(personId, cancellationToken);
        return campaignId is null
            ? await overview.StatusCardAsync(personId, audience, QuestionnaireMessages.ResumeNothing, cancellationToken)
            : await StepAsync(personId, audience, new QuestionnaireRequest(QuestionnaireVerbs.Start, campaignId, null, null), cancellationToken);
    }

    private async Task<AdaptiveCard> StepAsync(string personId, CardAudience audience, QuestionnaireRequest request, CancellationToken cancellationToken)
    {
        var session = await loader.LoadAsync(personId, request.CampaignId!, cancellationToken);
        var markOpened = writer.MarkOpenedAsync(session, cancellationToken);
        var card = await ApplyAsync(session, audience, request, cancellationToken);
        await markOpened;
        return card;
    }

    private async Task<AdaptiveCard> ApplyAsync(QuestionnaireSession session, CardAudience audience, QuestionnaireRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var campaign = session.Campaign.Value;
        var closed = now >= campaign.Deadline || campaign.Status is CampaignStatus.Closed or CampaignStatus.Cancelled;
        if (closed && request.Verb is QuestionnaireVerbs.Refresh or QuestionnaireVerbs.Start or QuestionnaireVerbs.Open or QuestionnaireVerbs.Review or QuestionnaireVerbs.Edit)
        {
            return ResultCard.Build(Snapshot(session, audience, now));
        }

        var blocks = session.Context.Blocks;
        switch (request.Verb)
        {
            case QuestionnaireVerbs.Refresh:
                return Render(Snapshot(session, audience, now), request.View, request.Block);
            case QuestionnaireVerbs.Start:
                var resumeAt = session.Assessment?.Value.Status is AssessmentStatus.Submitted or AssessmentStatus.Validated ? null : session.Assessment?.Value.LastBlockVisited ?? blocks[0].Code;
                return resumeAt is null ? ConfirmationCards.Submitted(Snapshot(session, audience, now)) : BlockCard.Build(Snapshot(session, audience, now), resumeAt);
            case QuestionnaireVerbs.Review:
                return ReviewCard.Build(Snapshot(session, audience, now));
            case QuestionnaireVerbs.Open or QuestionnaireVerbs.Edit when request.Block is null:
                return request.View == QuestionnaireViews.TimeShares ? TimeSharesCard.Build(Snapshot(session, audience, now))
                    : request.View == QuestionnaireViews.Review ? ReviewCard.Build(Snapshot(session, audience, now))
                    : BlockCard.Build(Snapshot(session, audience, now), blocks[0].Code);
            case QuestionnaireVerbs.Open or QuestionnaireVerbs.Edit when !campaign.AcceptsAnswersAt(now):
                return BlockCard.Build(Snapshot(session, audience, now), session.Context.RequireBlock(request.Block!).Code);
            case QuestionnaireVerbs.Open or QuestionnaireVerbs.Edit:
                session = await writer.ApplyAsync(session, a => a.VisitBlock(session.Context, request.Block!, clock), cancellationToken);
                return BlockCard.Build(Snapshot(session, audience, now), request.Block!);
            case QuestionnaireVerbs.Next or QuestionnaireVerbs.Previous or QuestionnaireVerbs.Save:
                return await AnswerBlockAsync(session, audience, request, now, cancellationToken);
            case QuestionnaireVerbs.TimeShares:
                return await DeclareTimeSharesAsync(session, audience, request, now, cancellationToken);
            case QuestionnaireVerbs.Submit:
                return await SubmitAsync(session, audience, now, cancellationToken);
            default:
                throw new DomainRuleException("questionnaire.unknown-verb", $"Verb {request.Verb} needs no campaign.");
        }
    }

    private async Task<AdaptiveCard> AnswerBlockAsync(QuestionnaireSession session, CardAudience audience, QuestionnaireRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var blockCode = request.Block ?? throw new DomainRuleException("questionnaire.bad-data", "The action names no block.");
        var context = session.Context;
        var index = Snapshot(session, audience, now).IndexOf(context.RequireBlock(blockCode).Code);
        session = await writer.ApplyAsync(
            session,
            a => a.AnswerBlock(context, blockCode, request.Answers, request.Comment ?? a.BlockComments.GetValueOrDefault(blockCode), clock),
            cancellationToken);
        var snapshot = Snapshot(session, audience, now);
        return request.Verb switch
        {
            QuestionnaireVerbs.Save => ConfirmationCards.Saved(snapshot),
            QuestionnaireVerbs.Previous => BlockCard.Build(snapshot, context.Blocks[Math.Max(0, index - 1)].Code),
            _ when index < context.Blocks.Count - 1 => BlockCard.Build(snapshot, context.Blocks[index + 1].Code),
            _ when session.Campaign.Value.DeclareTimeShares => TimeSharesCard.Build(snapshot),
            _ => ReviewCard.Build(snapshot),
        };
    }

    private async Task<AdaptiveCard> DeclareTimeSharesAsync(QuestionnaireSession session, CardAudience audience, QuestionnaireRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var shares = request.SharesInHours ? TimeShares.FromHoursPerWeek(request.Shares) : TimeShares.FromPercentages(request.Shares);
            session = await writer.ApplyAsync(session, a => a.DeclareTimeShares(session.Context, shares, clock), cancellationToken);
            return ReviewCard.Build(Snapshot(session, audience, now));
        }
        catch (DomainRuleException ex) when (ex.Code.StartsWith("timeshares.", StringComparison.Ordinal))
        {
            Log.Refused(logger, request.Verb, request.CampaignId, ex.Code, ex.Message);
            return TimeSharesCard.Build(Snapshot(session, audience, now), ex.Code);
        }
    }

    private async Task<AdaptiveCard> SubmitAsync(QuestionnaireSession session, CardAudience audience, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            session = await writer.ApplyAsync(session, a => a.Submit(session.Context, clock), cancellationToken);
            return ConfirmationCards.Submitted(Snapshot(session, audience, now));
        }
        catch (DomainRuleException ex) when (ex.Code is "assessment.incomplete" or "assessment.time-shares-missing")
        {
            Log.Refused(logger, QuestionnaireVerbs.Submit, session.Campaign.Value.Id, ex.Code, ex.Message);
            return ReviewCard.Build(Snapshot(session, audience, now), ex.Code);
        }
    }

    private static AdaptiveCard Render(QuestionnaireSnapshot s, string? view, string? block) => view switch
    {
        QuestionnaireViews.Block when block is not null && s.IndexOf(block) >= 0 => BlockCard.Build(s, block),
        QuestionnaireViews.TimeShares => TimeSharesCard.Build(s),
        QuestionnaireViews.Review => ReviewCard.Build(s),
        QuestionnaireViews.Confirmation => ConfirmationCards.Submitted(s),
        QuestionnaireViews.Saved => ConfirmationCards.Saved(s),
        QuestionnaireViews.Result => ResultCard.Build(s),
        _ => InvitationCard.Build(s),
    };

    private QuestionnaireSnapshot Snapshot(QuestionnaireSession session, CardAudience audience, DateTimeOffset now) =>
        new(audience, session.Campaign.Value, session.Context, session.Assessment?.Value, now, options.Value.RetentionMonths);

    private static partial class Log
    {
        [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Questionnaire action {Verb} on campaign {CampaignId} refused: {Code} ({Reason})")]
        public static partial void Refused(ILogger logger, string verb, string? campaignId, string code, string reason);
    }
}
