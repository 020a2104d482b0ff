using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Levers;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.Domain.Tests.ActionPlans;

public sealed class ActionPlanTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Add_FromProposal_KeepsScopeAndRule()
    {
        var proposal = new LeverProposal(LeverType.Training, "training.small-gap-with-tutor", LocalizedText.Same("why")) { PersonId = "p", CompetencyCode = "1.1.1" };
        var plan = ActionPlan.Empty("c", "t").Add("a1", LeverType.Training, "Former p", "m", new DateOnly(2025, 6, 30), "m", _clock, proposal);
        var action = Assert.Single(plan.Actions);
        Assert.Equal(("p", "1.1.1", "training.small-gap-with-tutor", ActionStatus.Planned), (action.PersonId, action.CompetencyCode, action.ProposedByRule, action.Status));
    }

    [Fact]
    public void UpdateAndSetStatus_ChangeOnlyThatAction()
    {
        var plan = ActionPlan.Empty("c", "t")
            .Add("a1", LeverType.Training, "one", "m", null, "m", _clock)
            .Add("a2", LeverType.Mobility, "two", "m", null, "m", _clock)
            .Update("a1", "one bis", "hr", new DateOnly(2025, 9, 1), ActionStatus.InProgress, "m", _clock)
            .SetStatus("a2", ActionStatus.Done, "m", _clock);
        Assert.Equal(("one bis", "hr", ActionStatus.InProgress), (plan.Actions[0].Reason, plan.Actions[0].OwnerId, plan.Actions[0].Status));
        Assert.Equal(ActionStatus.Done, plan.Actions[1].Status);
        Assert.Single(plan.Remove("a1", "m", _clock).Actions);
    }

    [Fact]
    public void Add_DuplicateIdOrMissingOwner_IsRefused()
    {
        var plan = ActionPlan.Empty("c", "t").Add("a1", LeverType.Training, "one", "m", null, "m", _clock);
        Assert.Equal("actionplan.duplicate-id", Assert.Throws<DomainRuleException>(() => plan.Add("a1", LeverType.Training, "x", "m", null, "m", _clock)).Code);
        Assert.Equal("actionplan.owner", Assert.Throws<DomainRuleException>(() => plan.Add("a2", LeverType.Training, "x", " ", null, "m", _clock)).Code);
        Assert.Equal("actionplan.unknown-action", Assert.Throws<DomainRuleException>(() => plan.SetStatus("zz", ActionStatus.Done, "m", _clock)).Code);
    }
}
