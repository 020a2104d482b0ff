using System.Security.Cryptography;
using System.Text;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// Purges one campaign's answers past retention: each is deleted, or replaced by an anonymous copy (a pseudonym no one
/// can map back once the purge completes, levels only; the team is kept only when at least the small-group threshold
/// of people answered in it). Then the campaign's invitations are deleted (<see cref="RetentionAssignments"/>), its action
/// plans anonymized or emptied (<see cref="RetentionPlans"/>), and <see cref="RetentionSummaries"/> keeps only the
/// aggregates of large enough teams.
/// Every step is idempotent, so a purge taken over after a crash finishes the work without duplicating an answer.
/// </summary>
public sealed class RetentionPurger(
    IAssessmentRepository assessments,
    RetentionLedger ledger,
    RetentionAssignments invitations,
    RetentionPlans actionPlans,
    RetentionSummaries summaries,
    IOptions<PrivacyOptions> options)
{
    public const string AnonymousPrefix = "anon-";
    private const int RenewEvery = 50;

    public async Task<RetentionRun> PurgeAsync(Campaign campaign, RetentionRun run, CancellationToken cancellationToken)
    {
        var privacy = options.Value;
        var answers = await Pages.ReadAllAsync(token => assessments.ListForCampaignAsync(campaign.Id, token, cancellationToken));
        var answersPerTeam = answers.Where(a => a.Value.TeamId is not null).GroupBy(a => a.Value.TeamId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ended = RetentionSchedule.EndOf(campaign);
        var (anonymized, deleted, done) = (0, 0, 0);
        foreach (var answer in answers.Where(a => !IsAnonymous(a.Value.PersonId)))
        {
            if (privacy.RetentionMode == RetentionMode.Anonymize)
            {
                var keepTeam = answer.Value.TeamId is { } team && answersPerTeam[team] >= privacy.SmallGroupThreshold;
                await SaveOnceAsync(Anonymous(answer.Value, Pseudonym(run.Salt!, answer.Value.PersonId), keepTeam, ended), cancellationToken);
            }

            if (await DeleteAsync(answer, cancellationToken))
            {
                if (privacy.RetentionMode == RetentionMode.Anonymize)
                {
                    anonymized++;
                }
                else
                {
                    deleted++;
                }
            }

            if (++done % RenewEvery == 0)
            {
                run = await ledger.RenewAsync(run, privacy.RetentionLease, cancellationToken);
            }
        }

        var assignmentsDeleted = await invitations.DeleteAllAsync(
            campaign.Id, RenewEvery, async () => run = await ledger.RenewAsync(run, privacy.RetentionLease, cancellationToken), cancellationToken);
        var (plansAnonymized, plansEmptied) = await actionPlans.PurgeAsync(campaign.Id, privacy.SmallGroupThreshold, cancellationToken);
        var emptied = await summaries.KeepLargeGroupsOnlyAsync(campaign.Id, privacy.SmallGroupThreshold, cancellationToken);
        return run with
        {
            AnswersAnonymized = run.AnswersAnonymized + anonymized,
            AnswersDeleted = run.AnswersDeleted + deleted,
            AssignmentsDeleted = run.AssignmentsDeleted + assignmentsDeleted,
            PlansAnonymized = run.PlansAnonymized + plansAnonymized,
            PlansEmptied = run.PlansEmptied + plansEmptied,
            SummariesEmptied = emptied,
        };
    }

    public static bool IsAnonymous(string personId) => personId.StartsWith(AnonymousPrefix, StringComparison.Ordinal);

    /// <summary>Levels, profile, status and time shares only: no person, no comment, no manager, no dates of their own.</summary>
    internal static Assessment Anonymous(Assessment answer, string pseudonym, bool keepTeam, DateTimeOffset ended) =>
        new(answer.CampaignId, pseudonym, answer.Framework, answer.Status)
        {
            ProfileId = answer.ProfileId,
            TeamId = keepTeam ? answer.TeamId : null,
            SelfAnswers = answer.SelfAnswers,
            ManagerAnswers = answer.ManagerAnswers,
            TimeShares = answer.TimeShares,
            CreatedAt = ended,
            UpdatedAt = ended,
        };

    internal static string Pseudonym(string salt, string personId)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(salt), Encoding.UTF8.GetBytes(personId));
        return AnonymousPrefix + Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }

    private async Task SaveOnceAsync(Assessment anonymous, CancellationToken cancellationToken)
    {
        try
        {
            await assessments.SaveAsync(anonymous, null, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Written by an earlier run of this purge that stopped before deleting the original.
        }
    }

    private async Task<bool> DeleteAsync(Versioned<Assessment> answer, CancellationToken cancellationToken)
    {
        try
        {
            return await assessments.DeleteAsync(answer.Value.CampaignId, answer.Value.PersonId, answer.Version, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return false; // changed or deleted meanwhile (an erasure): the next pass sees the current state
        }
    }
}
