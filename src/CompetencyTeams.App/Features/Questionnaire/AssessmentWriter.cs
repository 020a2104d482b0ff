using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Infrastructure.Storage;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>
/// Applies a change to the person's assessment under optimistic concurrency: when another device (or a replayed
/// click) saved in between, it re-reads and re-applies the change once; a second conflict is reported, not forced.
/// </summary>
public sealed class AssessmentWriter(IAssessmentRepository assessments, IAssignmentRepository assignments, QuestionnaireLoader loader, TimeProvider clock)
{
    public async Task<QuestionnaireSession> ApplyAsync(QuestionnaireSession session, Func<Assessment, Assessment> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = session.Assessment?.Value ?? Assessment.Start(session.Context, FrozenPerson(session.Assignment.Value), clock);
            var changed = change(current);
            if (session.Assessment is not null && ReferenceEquals(changed, current))
            {
                return session;
            }

            try
            {
                var version = await assessments.SaveAsync(changed, session.Assessment?.Version, cancellationToken);
                return session with { Assessment = new Versioned<Assessment>(changed, version) };
            }
            catch (ConcurrencyConflictException) when (attempt == 1)
            {
                session = session with { Assessment = await loader.ReloadAssessmentAsync(session, cancellationToken) };
            }
            catch (ConcurrencyConflictException ex)
            {
                throw new DomainRuleException("questionnaire.busy", ex.Message);
            }
        }
    }

    /// <summary>Records the first interaction (participation report); losing this race to another click is harmless.</summary>
    public async Task MarkOpenedAsync(QuestionnaireSession session, CancellationToken cancellationToken)
    {
        var assignment = session.Assignment.Value;
        if (assignment.FirstOpenedAt is not null)
        {
            return;
        }

        try
        {
            await assignments.SaveAsync(assignment.MarkOpened(clock), session.Assignment.Version, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Someone else changed the row (delivery, reminder, or this person's other click): it will be marked next time.
        }
        catch (StorageUnavailableException)
        {
            // Storage is down: the click itself fails or succeeds on its own; this marker is written on the next click.
        }
        finally
        {
            loader.ForgetAssignment(assignment.CampaignId, assignment.PersonId);
        }
    }

    // The team and manager frozen with the audience are what reports group by, so the assessment starts from them.
    private static Person FrozenPerson(Assignment assignment) =>
        new(assignment.PersonId, "", "", assignment.TeamId, assignment.ManagerId, assignment.ProfileId, 1, TimeShares.Empty, "");
}
