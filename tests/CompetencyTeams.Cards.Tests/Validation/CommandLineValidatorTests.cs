using System.Diagnostics;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.TestSupport.Cards;

namespace CompetencyTeams.Cards.Tests.Validation;

/// <summary>tools/cards/validate-cards.js: the renderer's parse and validateProperties() on a folder, from a shell.</summary>
public sealed class CommandLineValidatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ct-cards-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [RequiresCardRendererFact]
    public async Task ValidateCards_FolderOfValidCards_ExitsZero()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.json"), new AdaptiveCard { Lang = "fr", Body = [new TextBlock("a")] }.ToJson());
        await File.WriteAllTextAsync(Path.Combine(_folder, "b.json"), new AdaptiveCard { Lang = "fr", Body = [new TextBlock("b")] }.ToJson());

        var (exitCode, output) = await RunAsync(_folder);

        Assert.Equal(0, exitCode);
        Assert.Contains("2 valid, 0 invalid", output, StringComparison.Ordinal);
    }

    [RequiresCardRendererFact]
    public async Task ValidateCards_OneInvalidCard_ExitsOneAndNamesTheFileAndTheEvent()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "good.json"), new AdaptiveCard { Body = [new TextBlock("ok")] }.ToJson());
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad.json"), """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Carousel"}]}""");

        var (exitCode, output) = await RunAsync(_folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("bad.json: error parse/UnknownElementType", output, StringComparison.Ordinal);
        Assert.DoesNotContain("good.json: error", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string target)
    {
        var script = Path.Combine(CardValidationPrerequisites.RepositoryRoot, "tools", "cards", "validate-cards.js");
        using var process = Process.Start(new ProcessStartInfo("node", [script, target])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + errors);
    }
}
