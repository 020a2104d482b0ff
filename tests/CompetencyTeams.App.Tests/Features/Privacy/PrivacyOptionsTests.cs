using CompetencyTeams.App.Features.Privacy;
using CompetencyTeams.App.Features.Questionnaire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Tests.Features.Privacy;

/// <summary>The retention the purge applies is the one the invitation card announces.</summary>
public sealed class PrivacyOptionsTests
{
    [Fact]
    public void RetentionMonths_Unset_IsTheQuestionnairesAnnouncedRetention() =>
        Assert.Equal(18, Options(new() { ["Questionnaire:RetentionMonths"] = "18" }).RetentionMonths);

    [Fact]
    public void RetentionMonths_SameAsAnnounced_IsAccepted() =>
        Assert.Equal(12, Options(new() { ["Questionnaire:RetentionMonths"] = "12", ["Privacy:RetentionMonths"] = "12" }).RetentionMonths);

    [Fact]
    public void RetentionMonths_DifferentFromAnnounced_StopsTheStartNamingBothKeys()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new() { ["Privacy:RetentionMonths"] = "12" }));

        Assert.Contains("Privacy:RetentionMonths", error.Message, StringComparison.Ordinal);
        Assert.Contains("Questionnaire:RetentionMonths", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallGroupThreshold_OfOne_IsRefused() =>
        Assert.Throws<OptionsValidationException>(() => Options(new() { ["Privacy:SmallGroupThreshold"] = "1" }));

    private static PrivacyOptions Options(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddOptions<QuestionnaireOptions>().BindConfiguration(QuestionnaireOptions.SectionName);
        services.AddPrivacy();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<PrivacyOptions>>().Value;
    }
}
