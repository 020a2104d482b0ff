using CompetencyTeams.App.Features.HrConsole;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

public sealed class DirectoryCsvTests
{
    [Fact]
    public void ReadPeople_QuotedCellsWithSeparatorsAndLineBreaks_KeepTheirLineNumbers()
    {
        var csv = "object_id,display_name,user_principal_name\r\n1,\"Martin, \"\"Cam\"\"\",c@x.fr\r\n2,\"Deux\nlignes\",d@x.fr\r\n3,,e@x.fr\r\n";

        var (people, errors) = DirectoryCsv.ReadPeople(csv, "en");

        Assert.Empty(people);
        Assert.Equal(["line 5"], errors.Keys);
        Assert.Equal("display_name: required", errors["line 5"][0]);
    }

    [Fact]
    public void ReadPeople_Defaults_FteOneFrenchActive()
    {
        var (people, errors) = DirectoryCsv.ReadPeople("object_id;display_name;user_principal_name\n1;Un;u@x.fr\n", "fr");

        Assert.Empty(errors);
        var person = Assert.Single(people);
        Assert.Equal((1.0, "fr-FR", true, null), (person.Fte, person.PreferredLocale, person.IsActive, person.TeamId));
    }

    [Fact]
    public void ReadTeams_UnclosedQuote_IsReportedOnItsLine()
    {
        var (teams, errors) = DirectoryCsv.ReadTeams("team_id,name\nt1,\"Ouvert\n", "fr");

        Assert.Empty(teams);
        Assert.Contains("guillemets", errors["line 2"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTeams_ColumnNamedTwice_IsReportedOnTheHeaderAndNothingIsRead()
    {
        var (teams, errors) = DirectoryCsv.ReadTeams("team_id,name,,\nt1,Un,,\n", "en");

        Assert.Empty(teams);
        Assert.Equal("column '' appears more than once", Assert.Single(errors["header"]));
    }
}
