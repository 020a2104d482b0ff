using System.Text.Json.Nodes;
using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Manifest;

/// <summary>A package altered after the build must be rejected by the validator and by our own checks.</summary>
[Collection(AppPackageCollection.Name)]
public sealed class TamperedPackageTests(AppPackageFixture fixture) : IDisposable
{
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("ct-tampered-").FullName;

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    [Fact]
    public async Task Validate_ManifestWithBadAccentColour_FailsWithTheSchemaMessage()
    {
        var manifest = fixture.Package.Manifest;
        manifest["accentColor"] = "teal";

        var result = await ValidateAsync(fixture.Package.With("manifest.json", manifest));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/accentColor", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BotIdNotAGuid_FailsWithTheSchemaMessage()
    {
        var manifest = fixture.Package.Manifest;
        manifest["bots"]![0]!["botId"] = "my-bot";

        var result = await ValidateAsync(fixture.Package.With("manifest.json", manifest));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/bots/0/botId", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnChecks_BotIdOfAnotherApp_AreReportedAlthoughTheSchemaAcceptsIt()
    {
        var manifest = fixture.Package.Manifest;
        manifest["bots"]![0]!["botId"] = Guid.NewGuid().ToString();
        manifest["webApplicationInfo"]!["resource"] = $"api://elsewhere.example.com/{fixture.Values.ClientId}";

        var errors = PackageRules.Check(fixture.Package.With("manifest.json", manifest), fixture.Values);

        Assert.Contains(errors, e => e.StartsWith("bots[0].botId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("webApplicationInfo.resource", StringComparison.Ordinal));
    }

    [Fact]
    public void OwnChecks_TabOnAnotherDomain_AreReported()
    {
        var manifest = fixture.Package.Manifest;
        manifest["staticTabs"]![1]!["contentUrl"] = "https://evil.example.com/tab/dashboard";
        manifest["validDomains"] = new JsonArray("evil.example.com");

        var errors = PackageRules.Check(fixture.Package.With("manifest.json", manifest), fixture.Values);

        Assert.Contains(errors, e => e.Contains("staticTabs[dashboard].contentUrl", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("validDomains", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_OutlineWithAColouredPixel_IsRejectedByBothCheckers()
    {
        var image = PngReader.Decode(fixture.Package.Entries["outline.png"]);
        var rgba = image.Rgba.ToArray();
        rgba[(16 * 32 + 16) * 4] = 0;
        var tampered = fixture.Package.With("outline.png", PngWriter.Encode(32, 32, rgba));

        var result = await ValidateAsync(tampered);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("neither white nor transparent", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(IconRules.CheckOutline(tampered.Entries["outline.png"]), e => e.Contains("not white", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_OpaqueOutline_IsRejectedByBothCheckers()
    {
        var opaqueWhite = Enumerable.Repeat((byte)255, 32 * 32 * 4).ToArray();
        var tampered = fixture.Package.With("outline.png", PngWriter.Encode(32, 32, opaqueWhite));

        var result = await ValidateAsync(tampered);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no transparent pixel", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(IconRules.CheckOutline(tampered.Entries["outline.png"]), e => e.Contains("no transparent pixel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_ColorIconOfTheWrongSize_IsRejectedByBothCheckers()
    {
        var tampered = fixture.Package.With("color.png", fixture.Package.Entries["outline.png"]);

        var result = await ValidateAsync(tampered);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("32x32, must be 192x192", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(IconRules.CheckColor(tampered.Entries["color.png"]), e => e.Contains("expected 192x192", StringComparison.Ordinal));
    }

    [Fact]
    public void OwnChecks_CorruptPng_AreReportedNotThrown()
    {
        var png = fixture.Package.Entries["color.png"].ToArray();
        png[40] ^= 0xFF;

        Assert.Contains(IconRules.CheckColor(png), e => e.Contains("CRC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_IconInASubfolder_FailsTheZipLayout()
    {
        var tampered = fixture.Package.Without("color.png").With("icons/color.png", fixture.Package.Entries["color.png"]);

        var result = await ValidateAsync(tampered);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("icons/color.png is not at the zip root", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(PackageRules.Layout(tampered), e => e.Contains("icons/color.png is not at the root", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_ExtraFile_FailsTheZipLayout()
    {
        var tampered = fixture.Package.With("notes.txt", "hello"u8.ToArray());

        var result = await ValidateAsync(tampered);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unexpected file notes.txt", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FrenchMissingAString_IsRejectedByBothCheckers()
    {
        var french = fixture.Package.Json("fr.json");
        french.Remove("staticTabs[1].name");
        var tampered = fixture.Package.With("fr.json", french);

        var result = await ValidateAsync(tampered);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fr.json: missing key staticTabs[1].name", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("fr.json: missing key staticTabs[1].name", LocalizationRules.Check(tampered));
    }

    [Fact]
    public async Task Validate_LocalizedStringTooLong_FailsTheLocalizationSchema()
    {
        var french = fixture.Package.Json("fr.json");
        french["description.short"] = new string('x', 81);

        var result = await ValidateAsync(fixture.Package.With("fr.json", french));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fr.json: schema: /description.short", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_InvalidDomainAndBotId_FailsNamingThemAndWritesNothing()
    {
        var output = Path.Combine(_workDirectory, "bad.zip");

        var result = await ManifestTools.PackageAsync(
            ["--config", SampleValues.ConfigPath, "--domain", "https://app.contoso.com/x", "--bot-id", "not-a-guid", "--out", output]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("domain (--domain)", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("botId (--bot-id)", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Package_AppSettingsShapedConfig_FillsIdsAndDomain()
    {
        var config = Path.Combine(_workDirectory, "appsettings.json");
        var clientId = Guid.NewGuid().ToString();
        File.WriteAllText(config, new JsonObject
        {
            ["Teams"] = new JsonObject { ["AppId"] = fixture.Values.TeamsAppId },
            ["Bot"] = new JsonObject { ["MicrosoftAppId"] = fixture.Values.BotId },
            ["Tab"] = new JsonObject { ["ClientId"] = clientId },
            ["App"] = new JsonObject { ["PublicBaseUrl"] = "https://competency.contoso.com" },
        }.ToJsonString());
        var output = Path.Combine(_workDirectory, "fromsettings.zip");

        var result = await ManifestTools.PackageAsync(["--config", config, "--version", "2.1.0", "--out", output]);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        var expected = new SampleValues(fixture.Values.TeamsAppId, fixture.Values.BotId, clientId, "competency.contoso.com", "2.1.0");
        Assert.Empty(PackageRules.Check(AppPackage.Load(output), expected));
    }

    private async Task<ProcessResult> ValidateAsync(AppPackage package)
    {
        var zip = Path.Combine(_workDirectory, $"{Guid.NewGuid():N}.zip");
        package.WriteZip(zip);
        return await ManifestTools.ValidateAsync(zip);
    }
}
