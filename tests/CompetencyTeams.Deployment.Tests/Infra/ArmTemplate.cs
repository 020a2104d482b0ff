using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CompetencyTeams.Deployment.Tests.Infra;

/// <summary>A compiled ARM template, with the resources of its nested module deployments flattened.</summary>
public sealed partial class ArmTemplate(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public IReadOnlyList<ArmResource> Resources => Flatten(Root, module: null).ToList();

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    public JsonObject Module(string name) =>
        OfType("Microsoft.Resources/deployments").Single(resource => resource.Name == name).Body;

    public JsonNode? ModuleParameter(string module, string parameter) => Module(module)["properties"]!["parameters"]![parameter]?["value"];

    private static IEnumerable<ArmResource> Flatten(JsonObject template, string? module)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(node => node!.AsObject()),
            JsonObject symbolic => symbolic.Select(pair => pair.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return new ArmResource(resource, template, module);
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Flatten(nested, resource["name"]!.GetValue<string>()))
                {
                    yield return inner;
                }
            }
        }
    }

    [GeneratedRegex(@"^\[variables\('(?<name>[^']+)'\)\]$")]
    internal static partial Regex VariableReference();
}

/// <summary>One resource and the template (module) that declares it.</summary>
public sealed record ArmResource(JsonObject Body, JsonObject Template, string? Module)
{
    public string Type => Body["type"]!.GetValue<string>();

    public string Name => Body["name"]!.GetValue<string>();

    /// <summary>The value at a dotted path under the resource, following "[variables('x')]" references.</summary>
    public JsonNode? At(string path)
    {
        JsonNode? node = Body;
        foreach (var part in path.Split('.'))
        {
            node = Resolve(node)?[part];
        }

        return Resolve(node);
    }

    private JsonNode? Resolve(JsonNode? node)
    {
        while (node is JsonValue value && value.TryGetValue<string>(out var text)
            && ArmTemplate.VariableReference().Match(text) is { Success: true } match)
        {
            node = Template["variables"]?[match.Groups["name"].Value];
        }

        return node;
    }
}
