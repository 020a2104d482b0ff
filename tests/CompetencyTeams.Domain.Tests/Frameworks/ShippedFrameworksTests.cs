using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.Domain.Tests.Frameworks;

public sealed class ShippedFrameworksTests
{
    private static readonly CompetencyFramework Framework = ShippedFrameworks.AnapAfr;

    [Fact]
    public void AnapAfr_Structure_HasThreePolesNineBlocksAndThirtySevenCompetencies()
    {
        Assert.Equal(["1", "2", "3"], Framework.Poles.Select(p => p.Code));
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"], Framework.Blocks.Select(b => b.Code));
        Assert.Equal([4, 4, 4, 5, 6, 2, 3, 5, 4], Framework.Blocks.Select(b => b.Competencies.Count));
        Assert.Equal(37, Framework.Competencies.Count());
    }

    [Fact]
    public void AnapAfr_EveryCompetency_HasTitleDescriptionKnowledgeAndExamples()
    {
        Assert.All(Framework.Competencies, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
            Assert.False(string.IsNullOrWhiteSpace(c.Description));
            Assert.True(char.IsUpper(c.Description[0]), $"{c.Code} description starts mid-sentence: {c.Description}");
            Assert.Equal(2, c.Knowledge.Count);
            Assert.Equal(6, c.Examples.Count);
        });
    }

    [Fact]
    public void AnapAfr_NoField_CarriesAnotherFieldGluedOrASeparator()
    {
        string[] markers = ["Compétence :", "Savoirs associés", "Exemples concrets", "•", "\n"];
        var texts = Framework.Competencies.SelectMany(c => new[] { c.Title, c.Description }.Concat(c.Knowledge).Concat(c.Examples));
        Assert.All(texts, t =>
        {
            Assert.DoesNotContain(markers, m => t.Contains(m, StringComparison.Ordinal));
            Assert.False(t.EndsWith(" -", StringComparison.Ordinal) || t.EndsWith('-'), t);
            Assert.Equal(t.Trim(), t);
        });
    }

    [Fact]
    public void AnapAfr_ShortenedTitle_KeepsTheFullHeadingAsTitle()
    {
        var competency = Framework.Competencies.Single(c => c.Code == "2.1.3");
        Assert.Equal("Actualiser les bases de données internes nécessaires à l'activité de production", competency.Title);
        Assert.Equal("Actualiser les bases de données internes", competency.ShortTitle);
        Assert.Equal("Maintenir à jour les informations relatives aux fournisseurs et partenaires", competency.Description);
    }

    [Fact]
    public void AnapAfr_LastCompetency_EndsWithItsLastExample()
    {
        var last = Framework.Competencies.Last();
        Assert.Equal("3.3.4", last.Code);
        Assert.Equal("Créer un livret d'information sur les droits sociaux", last.Examples[^1]);
    }

    [Fact]
    public void AnapAfr_Metadata_IsPublishedFrenchWithTheDefaultScale()
    {
        Assert.Equal(new FrameworkRef("anap-afr", 1), Framework.Ref);
        Assert.Equal(FrameworkStatus.Published, Framework.Status);
        Assert.Equal("fr", Framework.Language);
        Assert.Equal([1, 2, 3, 4], Framework.Scale.Levels.Select(l => l.Value));
        Assert.Empty(FrameworkValidator.Validate(Framework));
    }

    [Fact]
    public void AnapAfr_PoleDescriptions_ComeFromTheIntroductions()
    {
        Assert.All(Framework.Poles, p => Assert.StartsWith($"Le pôle {p.Code} ", p.Description, StringComparison.Ordinal));
    }
}
