using System.Net;
using CompetencyTeams.App.Tests.Auth;

namespace CompetencyTeams.App.Tests.Tab;

/// <summary>The real App serves the tab's host page and its assets (no token needed: the page gets it from Teams).</summary>
[Collection(TabApiCollection.Name)]
public sealed class TabHostPageTests(TabApiFixture app)
{
    [Fact]
    public async Task The_host_page_loads_teams_js_from_the_CDN_then_Blazor_and_refuses_DevChannel_tokens_by_default()
    {
        var html = await app.Client.GetStringAsync(new Uri("/tab", UriKind.Relative));

        Assert.Contains("https://res.cdn.office.net/teams-js/2.58.0/js/MicrosoftTeams.min.js", html, StringComparison.Ordinal);
        Assert.Contains("_framework/blazor.web.js", html, StringComparison.Ordinal);
        Assert.Contains("autostart=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("data-ct-dev-tokens=\"false\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("node_modules", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tab/campaigns/c1/teams/t1")]
    [InlineData("/tab/hr")]
    public async Task Every_screen_is_served_by_the_same_host_page(string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tab-host", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_script_and_styles_are_served()
    {
        var html = await app.Client.GetStringAsync(new Uri("/tab", UriKind.Relative));
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"([^\"]*tab-host[^\"]*\\.js)\"").Groups[1].Value;
        var styles = System.Text.RegularExpressions.Regex.Match(html, "href=\"([^\"]*tab/tab[^\"]*\\.css)\"").Groups[1].Value;

        var js = await app.Client.GetStringAsync(new Uri("/" + script.TrimStart('/'), UriKind.Relative));
        var css = await app.Client.GetStringAsync(new Uri("/" + styles.TrimStart('/'), UriKind.Relative));

        Assert.Contains("getAuthToken", js, StringComparison.Ordinal);
        Assert.Contains(".ct-cell-missing", css, StringComparison.Ordinal);
    }
}
