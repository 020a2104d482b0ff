using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;
using CompetencyTeams.Domain.Tests.Support;

namespace CompetencyTeams.Domain.Tests.Frameworks.Import;

public sealed class AnapTextConverterTests
{
    private static readonly DateTimeOffset PublicationDate = new(2018, 5, 9, 0, 0, 0, TimeSpan.Zero);

    [SeedFact]
    public void Convert_SourceText_GivesTheCommittedDataFile()
    {
        var generated = FrameworkJson.Serialize(ShippedFrameworks.ConvertAnapAfrSource(File.ReadAllText(RepositoryPaths.FrameworkSeedFile), PublicationDate));
        if (Environment.GetEnvironmentVariable("CT_UPDATE_SHIPPED_FRAMEWORK") == "1")
        {
            File.WriteAllText(RepositoryPaths.ShippedFrameworkFile, generated);
        }

        Assert.Equal(generated, File.ReadAllText(RepositoryPaths.ShippedFrameworkFile));
    }

    [SeedFact]
    public void Convert_SourceText_KeepsEveryBulletOfTheSource()
    {
        var source = File.ReadAllText(RepositoryPaths.FrameworkSeedFile);
        var framework = ShippedFrameworks.ConvertAnapAfrSource(source, PublicationDate);
        var bullets = source.Split('•').Length - 1;
        var items = framework.Competencies.Sum(c => c.Knowledge.Count + c.Examples.Count);
        Assert.Equal(bullets, items);
    }

    [Fact]
    public void Convert_GluedTitleShorterThanHeading_SplitsAtTheGlue()
    {
        var framework = Convert(Sample("Actualiser les bases de données internes nécessaires à l'activité", "Actualiser les bases de données internesMaintenir à jour les fiches"));
        var competency = Assert.Single(framework.Competencies);
        Assert.Equal("Actualiser les bases de données internes nécessaires à l'activité", competency.Title);
        Assert.Equal("Actualiser les bases de données internes", competency.ShortTitle);
        Assert.Equal("Maintenir à jour les fiches", competency.Description);
    }

    [Fact]
    public void Convert_TitleEndingWithQuote_SplitsAfterTheQuote()
    {
        var framework = Convert(Sample("Produire les documents « clients »", "Produire les documents « clients »Créer les documents"));
        var competency = Assert.Single(framework.Competencies);
        Assert.Null(competency.ShortTitle);
        Assert.Equal("Créer les documents", competency.Description);
    }

    [Fact]
    public void Convert_WrappedBullet_JoinsTheContinuationLine()
    {
        var text = Sample("Titre", "TitreDescription").Replace("• E1", "• E1 début\nsuite de E1", StringComparison.Ordinal);
        var competency = Assert.Single(Convert(text).Competencies);
        Assert.Equal(["E1 début suite de E1", "E2"], competency.Examples);
    }

    [Fact]
    public void Convert_StatementUnrelatedToHeading_FailsWithLineAndField()
    {
        var error = Assert.Throws<FrameworkImportException>(() => Convert(Sample("Titre attendu", "autre chose sans majuscule")));
        Assert.Equal(9, error.Line);
        Assert.Equal("1.1.1.description", error.Field);
    }

    [Fact]
    public void Convert_MissingExamples_FailsNamingTheField()
    {
        var text = Sample("Titre", "TitreDescription").Replace("Exemples concrets : ", "", StringComparison.Ordinal);
        var error = Assert.Throws<FrameworkImportException>(() => Convert(text));
        Assert.Equal("1.1.1.examples", error.Field);
    }

    [Fact]
    public void Convert_NoPole_Fails()
    {
        Assert.Throws<FrameworkImportException>(() => Convert("01\nNom\nDescription"));
    }

    private static CompetencyFramework Convert(string text) => AnapTextConverter.Convert(text, "t", 1, "Test", DefaultLevelScale.Create());

    private static string Sample(string heading, string statement) => $"""
        01
        Pôle un
        Description du pôle
        Pôle 1 - Pôle un
        1.1
        Bloc un
        -
        {heading}
        Compétence : {statement}Savoirs associés : • S1
        • S2
        Exemples concrets : • E1
        • E2
        """;
}
