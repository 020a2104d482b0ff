using Bunit;
using CompetencyTeams.App.Tab.Components.Hr;
using CompetencyTeams.App.Tab.Pages.Hr;
using CompetencyTeams.App.Tab.Services;
using Microsoft.AspNetCore.Components.Forms;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

public sealed class HrCsvImportTests : IAsyncLifetime
{
    private readonly TabComponentTestContext _tab = new();

    [Fact]
    public void An_imported_file_says_how_many_lines_and_tells_the_page()
    {
        string? sent = null;
        TabImported? told = null;
        var cut = Render("fr-FR", (csv, _) => { sent = csv; return Task.FromResult(new TabImported(3)); }, imported => told = imported);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("team_id,name\na,A\nb,B\nc,C\n", "teams.csv"));

        Assert.StartsWith("team_id,name", sent, StringComparison.Ordinal);
        Assert.Contains("3 ligne(s) importée(s).", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(3, told?.Imported);
    }

    [Fact]
    public void A_refused_file_lists_the_wrong_lines_and_says_nothing_was_imported()
    {
        var errors = new Dictionary<string, string[]> { ["line 3"] = ["team_id: required"], ["line 5"] = ["team_id 'a' appears twice"] };
        var cut = Render("en-US", (_, _) => Task.FromException<TabImported>(new TabApiException(400, "invalid", "Some fields are not valid.", errors)), _ => { });

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("team_id,name\n", "teams.csv"));

        Assert.Equal(["line 3 : team_id: required", "line 5 : team_id 'a' appears twice"], cut.FindAll(".ct-error-field").Select(e => e.TextContent.Trim()));
        Assert.Contains("Nothing was imported", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_people_page_imports_teams_and_lists_them()
    {
        var teams = new List<TabTeam> { new("accueil", "Accueil", null, null) };
        _tab.Hr.Setup(h => h.ListPeopleAsync(null, null, It.IsAny<CancellationToken>())).ReturnsAsync(new TabPage<TabPerson>([], null));
        _tab.Hr.Setup(h => h.ListTeamsAsync(null, It.IsAny<CancellationToken>())).ReturnsAsync(() => new TabPage<TabTeam>([.. teams], null));
        _tab.Hr.Setup(h => h.ImportTeamsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback(() => teams.Add(new TabTeam("caisse", "Caisse", null, "accueil")))
            .ReturnsAsync(new TabImported(1));
        var cut = _tab.Render<HrPeoplePage>("en-US", me: HrFrameworkEditorTests.HrUser);

        cut.FindComponents<InputFile>()[1].UploadFiles(InputFileContent.CreateFromText("team_id,name,manager_id,parent_team_id\ncaisse,Caisse,,accueil\n", "teams.csv"));

        Assert.Equal(["accueil", "caisse"], cut.FindAll("tr[data-team]").Select(r => r.GetAttribute("data-team")));
        Assert.Contains("1 line(s) imported.", cut.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<CsvImport> Render(string locale, Func<string, CancellationToken, Task<TabImported>> import, Action<TabImported> imported) =>
        _tab.Render<CsvImport>(locale, p => p.Add(c => c.Title, "Teams").Add(c => c.Import, import).Add(c => c.OnImported, imported), HrFrameworkEditorTests.HrUser);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _tab.DisposeAsync();
}
