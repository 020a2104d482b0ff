using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Profiles;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.Domain.Tests.Frameworks;

public sealed class CompetencyFrameworkTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Published_IsImmutable_EditingGoesThroughANewDraftVersion()
    {
        var published = ShippedFrameworks.AnapAfr;
        Assert.Equal("framework.immutable", Assert.Throws<DomainRuleException>(published.EnsureEditable).Code);
        var draft = published.NextDraft(2);
        draft.EnsureEditable();
        Assert.Equal((2, FrameworkStatus.Draft), (draft.Version, draft.Status));
        Assert.Equal(FrameworkStatus.Published, draft.Publish(_clock).Status);
        Assert.Throws<DomainRuleException>(() => published.NextDraft(1));
    }

    [Fact]
    public void Publish_InvalidDraft_IsRefusedWithTheFieldPath()
    {
        var draft = ShippedFrameworks.AnapAfr.NextDraft(2);
        var broken = draft with { Poles = [draft.Poles[0] with { Title = " " }] };
        Assert.Contains("poles[0].title", Assert.Throws<DomainRuleException>(() => broken.Publish(_clock)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JobProfile_UnknownCodeOrLevel_IsRefused()
    {
        var index = new FrameworkIndex(ShippedFrameworks.AnapAfr);
        JobProfile Profile(string code, int level) => new("p", LocalizedText.Same("p"), index.Framework.Ref, new Dictionary<string, int> { [code] = level }, FteNeed.None, new Dictionary<string, FteNeed>());
        Profile("1.1.1", 4).EnsureValidAgainst(index);
        Assert.Equal("framework.unknown-competency", Assert.Throws<DomainRuleException>(() => Profile("9.9.9", 2).EnsureValidAgainst(index)).Code);
        Assert.Equal("profile.level-out-of-scale", Assert.Throws<DomainRuleException>(() => Profile("1.1.1", 7).EnsureValidAgainst(index)).Code);
    }

    [Fact]
    public void JobProfile_RetargetToNewVersion_DropsCodesThatDisappeared()
    {
        var v1 = new FrameworkIndex(ShippedFrameworks.AnapAfr);
        var v2Framework = ShippedFrameworks.AnapAfr.NextDraft(2);
        var v2 = new FrameworkIndex(v2Framework with { Poles = [.. v2Framework.Poles.Skip(1)] });
        var profile = new JobProfile("p", LocalizedText.Same("p"), v1.Framework.Ref, new Dictionary<string, int> { ["1.1.1"] = 2, ["2.1.1"] = 3 }, FteNeed.None, new Dictionary<string, FteNeed>());
        var moved = profile.RetargetTo(v2);
        Assert.Equal(["2.1.1"], moved.RequiredLevels.Keys);
        Assert.Equal(2, moved.Framework.Version);
    }

    [Fact]
    public void LocalizedText_For_PicksByLocaleWithFallback()
    {
        Assert.Equal("fr", new LocalizedText("fr", "en").For("fr-CA"));
        Assert.Equal("en", new LocalizedText("fr", "en").For("de-DE"));
        Assert.Equal("fr", new LocalizedText("fr", "").For("en-US"));
    }
}
