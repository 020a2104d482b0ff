using System.Text.Json.Nodes;
using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Infra;

/// <summary>Compiles infra/main.bicep once with the Bicep CLI from NuGet.</summary>
public sealed class CompiledTemplateFixture : IAsyncLifetime
{
    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("ct-bicep-").FullName;

    public ProcessResult Build { get; private set; } = new(-1, "", "");

    public string CompiledJson { get; private set; } = "";

    public ArmTemplate Parse() => new(JsonNode.Parse(CompiledJson)!.AsObject());

    public async Task InitializeAsync()
    {
        var output = Path.Combine(_outputDirectory, "main.json");
        Build = await BicepCli.RunAsync(["build", DeploymentPaths.InRepository("infra", "main.bicep"), "--outfile", output]);
        CompiledJson = File.Exists(output) ? await File.ReadAllTextAsync(output) : "";
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_outputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledTemplateCollection : ICollectionFixture<CompiledTemplateFixture>
{
    public const string Name = "Compiled Bicep";
}
