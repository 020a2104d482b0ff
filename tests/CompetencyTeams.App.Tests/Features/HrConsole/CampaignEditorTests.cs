using CompetencyTeams.App.Features.HrConsole;
using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

public sealed class CampaignEditorTests
{
    private static readonly FakeTimeProvider Clock = new(QuestionnaireTestData.Start.AddDays(3));

    [Fact]
    public void Apply_SameValuesAsStored_ChangesNothingEvenWhenRunning()
    {
        var running = QuestionnaireTestData.RunningCampaign();
        var whole = new EditCampaignRequest(
            "v", new TextInput(running.Name.Fr, running.Name.En), running.Framework, new AudienceInput(true, null, null, null), running.ManagerValidates,
            running.DeclareTimeShares, running.OpensAt, running.Deadline, new RemindersInput([], new TimeOnly(9, 0), true, "Europe/Paris"), null);

        var edited = CampaignEditor.Apply(running, whole, Clock);

        Assert.Equal(running, edited);
    }

    [Fact]
    public void Apply_Running_DeadlineLaterIsExtendedAndEarlierIsRefused()
    {
        var running = QuestionnaireTestData.RunningCampaign();

        var later = CampaignEditor.Apply(running, Edit(deadline: running.Deadline.AddDays(3)), Clock);
        var earlier = Assert.Throws<DomainRuleException>(() => CampaignEditor.Apply(running, Edit(deadline: running.Deadline.AddDays(-3)), Clock));

        Assert.Equal(running.Deadline.AddDays(3), later.Deadline);
        Assert.Equal("campaign.deadline-earlier", earlier.Code);
    }

    [Theory]
    [InlineData("opensAt", "campaign.locked")]
    [InlineData("audience", "campaign.invalid-transition")]
    [InlineData("options", "campaign.invalid-transition")]
    public void Apply_Running_FieldsFrozenAtLaunch_AreRefusedAsStateRules(string field, string code)
    {
        var running = QuestionnaireTestData.RunningCampaign();
        var edit = field switch
        {
            "opensAt" => Edit(opensAt: running.OpensAt.AddDays(1)),
            "audience" => Edit() with { Audience = new AudienceInput(false, ["team-x"], null, null) },
            _ => Edit() with { ManagerValidates = !running.ManagerValidates },
        };

        var refused = Assert.Throws<DomainRuleException>(() => CampaignEditor.Apply(running, edit, Clock));

        Assert.Equal(code, refused.Code);
        Assert.True(DomainRuleTexts.IsStateRule(refused.Code));
    }

    [Fact]
    public void Apply_Draft_MovesBothDatesAndRenames()
    {
        var draft = Campaign.CreateDraft("d", new LocalizedText("A", "A"), QuestionnaireTestData.Framework.Framework.Ref, AudienceSpec.Of(), Clock.GetUtcNow().AddDays(5), Clock.GetUtcNow().AddDays(20), ReminderPlan.None("Europe/Paris"), "hr", Clock);

        var edited = CampaignEditor.Apply(draft, Edit(opensAt: draft.OpensAt.AddDays(2), deadline: draft.Deadline.AddDays(2)) with { Name = new TextInput("B", " B ") }, Clock);

        Assert.Equal(draft.OpensAt.AddDays(2), edited.OpensAt);
        Assert.Equal(draft.Deadline.AddDays(2), edited.Deadline);
        Assert.Equal(new LocalizedText("B", "B"), edited.Name);
    }

    private static EditCampaignRequest Edit(DateTimeOffset? opensAt = null, DateTimeOffset? deadline = null) =>
        new("v", null, null, null, null, null, opensAt, deadline, null, null);
}
