using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.Domain.Tests.Campaigns;

public sealed class AssignmentTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Delivery_SendingThenDelivered_KeepsActivityIdAndCountsAttempts()
    {
        var a = Assignment.Create("c", "p", "t", "m", "agent").BeginSending(_clock).MarkDelivered("act-1", "conv-1", _clock);
        Assert.Equal((DeliveryState.Delivered, "act-1", 1), (a.State, a.CardActivityId, a.Attempts));
        Assert.Throws<DomainRuleException>(() => a.BeginSending(_clock));
    }

    [Fact]
    public void Retry_OnlyFailedOrUnreachable()
    {
        var failed = Assignment.Create("c", "p", null, null, null).BeginSending(_clock).MarkFailed(DeliveryFailureReason.Blocked, "403 blocked");
        Assert.Equal(DeliveryState.Pending, failed.ResetForRetry().State);
        Assert.Throws<DomainRuleException>(() => Assignment.Create("c", "p", null, null, null).ResetForRetry());
    }

    [Fact]
    public void RecordReminder_SameKeyTwice_RecordedOnce()
    {
        var a = Assignment.Create("c", "p", null, null, null).RecordReminder("D-7", _clock).RecordReminder("D-7", _clock);
        Assert.Equal(["D-7"], a.RemindersSent);
    }

    [Theory]
    [InlineData(DeliveryState.Pending, false, null, false, ParticipationState.Invited)]
    [InlineData(DeliveryState.Delivered, false, null, false, ParticipationState.Delivered)]
    [InlineData(DeliveryState.Delivered, true, null, false, ParticipationState.Opened)]
    [InlineData(DeliveryState.Delivered, true, AssessmentStatus.Draft, true, ParticipationState.InProgress)]
    [InlineData(DeliveryState.Delivered, true, AssessmentStatus.Submitted, true, ParticipationState.Submitted)]
    [InlineData(DeliveryState.Failed, true, AssessmentStatus.Validated, true, ParticipationState.Validated)]
    [InlineData(DeliveryState.Failed, false, null, false, ParticipationState.Failed)]
    [InlineData(DeliveryState.Unreachable, false, null, false, ParticipationState.Unreachable)]
    public void Participation_EachPerson_InExactlyOneState(DeliveryState delivery, bool opened, AssessmentStatus? status, bool hasAnswers, ParticipationState expected)
    {
        var a = new Assignment("c", "p", delivery) { FirstOpenedAt = opened ? _clock.GetUtcNow() : null };
        Assert.Equal(expected, Participation.Classify(a, status, hasAnswers));
    }

    [Fact]
    public void Audience_Resolve_UnionOfRulesActiveOnlyEachOnce()
    {
        Person P(string id, string team, string profile, bool active = true) => new(id, id, id, team, null, profile, 1, TimeShares.Empty, "fr") { IsActive = active };
        var people = new[] { P("b", "t1", "x"), P("a", "t2", "y"), P("c", "t3", "z"), P("d", "t1", "y", active: false), P("e", "t9", "x") };
        var chosen = AudienceSpec.Of(teamIds: ["t1"], profileIds: ["y"], personIds: ["c"]).Resolve(people);
        Assert.Equal(["a", "b", "c"], chosen.Select(p => p.ObjectId));
        Assert.Equal(4, AudienceSpec.All.Resolve(people).Count);
    }
}
