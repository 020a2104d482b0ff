using System.Text.Json.Nodes;
using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Manifest;

[Collection(AppPackageCollection.Name)]
public sealed class PackageContentTests(AppPackageFixture fixture)
{
    private JsonObject Manifest => fixture.Package.Manifest;

    [Fact]
    public void Manifest_Schema_IsVersion130()
    {
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json", Manifest["$schema"]!.GetValue<string>());
        Assert.Equal("1.30", Manifest["manifestVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_Ids_MatchTheConfiguredBotAndSsoApp()
    {
        Assert.Equal(fixture.Values.BotId, Manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(fixture.Values.ClientId, Manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://{fixture.Values.Domain}/{fixture.Values.ClientId}", Manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Contains(fixture.Values.Domain, Manifest["validDomains"]!.AsArray().Select(domain => domain!.GetValue<string>()));
        Assert.Empty(PackageRules.Ids(Manifest, fixture.Values));
    }

    [Theory]
    [InlineData("my-assessments", "/tab/my-assessments")]
    [InlineData("dashboard", "/tab/dashboard")]
    public void StaticTab_ContentUrl_IsOnTheDomainWithLocaleAndTheme(string entityId, string path)
    {
        var tab = Manifest["staticTabs"]!.AsArray().Single(t => t!["entityId"]!.GetValue<string>() == entityId)!;

        Assert.Equal($"https://{fixture.Values.Domain}{path}?locale={{locale}}&theme={{theme}}", tab["contentUrl"]!.GetValue<string>());
        Assert.Equal($"https://{fixture.Values.Domain}{path}", tab["websiteUrl"]!.GetValue<string>());
        Assert.Equal(["personal"], tab["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Empty(PackageRules.Urls(Manifest, fixture.Values.Domain));
    }

    [Fact]
    public void Bot_Declaration_IsPersonalWithoutFilesAndListsHelpStatusResume()
    {
        var bot = Manifest["bots"]![0]!;

        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());
        Assert.Equal(["help", "status", "resume"], commands);
    }

    [Fact]
    public void ColorIcon_HeaderAndPixels_Are192FullColour()
    {
        var header = PngReader.ReadHeader(fixture.Package.Entries["color.png"]);

        Assert.Equal((192, 192), (header.Width, header.Height));
        Assert.Empty(IconRules.CheckColor(fixture.Package.Entries["color.png"]));
    }

    [Fact]
    public void OutlineIcon_Pixels_AreWhiteOnTransparent32()
    {
        var image = PngReader.Decode(fixture.Package.Entries["outline.png"]);

        Assert.Equal((32, 32), (image.Width, image.Height));
        Assert.All(image.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(image.Pixels(), p => p.A == 0);
        Assert.Empty(IconRules.CheckOutline(fixture.Package.Entries["outline.png"]));
    }

    [Theory]
    [InlineData("color")]
    [InlineData("outline")]
    public void PackagedIcon_Bytes_AreTheCommittedIcon(string name)
    {
        Assert.Equal(File.ReadAllBytes(DeploymentPaths.InRepository("manifest", "icons", $"{name}.png")), fixture.Package.Entries[$"{name}.png"]);
    }

    [Fact]
    public void Localizations_EnglishAndFrench_HaveTheSameKeysAndFrenchIsTranslated()
    {
        var english = fixture.Package.Json("en.json");
        var french = fixture.Package.Json("fr.json");

        Assert.Equal(english.Select(p => p.Key).Order(StringComparer.Ordinal), french.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.NotEqual(english["description.full"]!.GetValue<string>(), french["description.full"]!.GetValue<string>());
        Assert.Equal("Mes évaluations", french["staticTabs[0].name"]!.GetValue<string>());
        Assert.Empty(LocalizationRules.Check(fixture.Package));
    }

    [Fact]
    public void Localizations_CoverEveryLocalizableStringOfTheManifest()
    {
        var keys = fixture.Package.Json("fr.json").Select(p => p.Key).ToHashSet();
        string[] localizable = ["name.short", "name.full", "description.short", "description.full", "staticTabs[0].name", "staticTabs[1].name"];
        var commandKeys = Enumerable.Range(0, 3).SelectMany(i => new[]
        {
            $"bots[0].commandLists[0].commands[{i}].title", $"bots[0].commandLists[0].commands[{i}].description",
        });

        Assert.All(localizable.Concat(commandKeys), key => Assert.Contains(key, keys));
    }
}
