using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>
/// Reads a CASE 1.1 CFPackage into a framework draft: the document's isChildOf tree gives pôles (depth 1), blocks (2)
/// and competencies (3); their children of type "Savoir associé" / "Exemple concret" give the lists. The first CFRubric,
/// when present, gives the level scale (else the default one). Fields we do not use are ignored; missing or
/// contradictory ones are reported with the field path and nothing is returned.
/// </summary>
public static class CaseJsonImport
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static CompetencyFramework Deserialize(string json)
    {
        CasePackage package;
        try
        {
            package = JsonSerializer.Deserialize<CasePackage>(json, Options) ?? throw new FrameworkImportException("the file is empty (null)", 1, null);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var cut = e.Message.IndexOf(" Path:", StringComparison.Ordinal);
            throw new FrameworkImportException(cut > 0 ? e.Message[..cut] : e.Message, line, string.IsNullOrEmpty(e.Path) ? null : e.Path, e);
        }
        catch (ArgumentException e)
        {
            // System.Text.Json refuses text holding a lone UTF-16 surrogate before reading anything.
            throw new FrameworkImportException("the file is not valid Unicode text", null, null, e);
        }

        var tree = new CaseTree(package);
        var document = package.Document;
        var poles = tree.ChildrenOf(document.Identifier).Select((pole, p) => new Pole(
            Code(pole),
            pole.Item.FullStatement,
            pole.Item.Notes,
            [.. tree.ChildrenOf(pole.Item.Identifier).Select(block => new ActivityBlock(
                Code(block),
                block.Item.FullStatement,
                [.. tree.ChildrenOf(block.Item.Identifier).Select(c => ToCompetency(tree, c))]))])).ToList();
        var version = int.TryParse(document.Version, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 1;
        var framework = new CompetencyFramework(
            document.Extensions?.FrameworkId ?? Slug(document.Title),
            version,
            document.Title,
            document.Language ?? "fr",
            FrameworkStatus.Draft,
            poles,
            ReadScale(package.Rubrics))
        {
            Source = document.Notes,
        };
        return FrameworkJson.EnsureValid(framework);
    }

    private static Competency ToCompetency(CaseTree tree, CaseTree.Node node)
    {
        var children = tree.ChildrenOf(node.Item.Identifier);
        var unknown = children.FirstOrDefault(c => c.Item.ItemType is not (CaseJsonExport.KnowledgeType or CaseJsonExport.ExampleType));
        if (unknown is not null)
        {
            throw new FrameworkImportException(
                $"item \"{unknown.Item.HumanCodingScheme}\" under competency {node.Item.HumanCodingScheme} must be of type \"{CaseJsonExport.KnowledgeType}\" or \"{CaseJsonExport.ExampleType}\"",
                null,
                $"CFItems[{unknown.Index}].CFItemType");
        }

        return new Competency(
            Code(node),
            node.Item.FullStatement,
            node.Item.Notes ?? throw new FrameworkImportException("a competency needs its description in \"notes\"", null, $"CFItems[{node.Index}].notes"),
            [.. children.Where(c => c.Item.ItemType == CaseJsonExport.KnowledgeType).Select(c => c.Item.FullStatement)],
            [.. children.Where(c => c.Item.ItemType == CaseJsonExport.ExampleType).Select(c => c.Item.FullStatement)])
        {
            ShortTitle = node.Item.AbbreviatedStatement,
        };
    }

    private static LevelScale ReadScale(IReadOnlyList<CaseRubric>? rubrics)
    {
        var rubric = rubrics is { Count: > 0 } ? rubrics[0] : null;
        var criterion = rubric?.Criteria is { Count: > 0 } criteria ? criteria[0] : null;
        if (rubric is null || criterion?.Levels is null)
        {
            return DefaultLevelScale.Create();
        }

        if (criterion.Levels.Any(l => l is null))
        {
            throw new FrameworkImportException("a level must not be null", null, "CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels");
        }

        var levels = criterion.Levels.OrderBy(l => l.Position ?? 0).Select((l, i) =>
        {
            var field = $"CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[{i}]";
            if (l.Score is not { } score || score != Math.Floor(score))
            {
                throw new FrameworkImportException("a level needs a whole-number score", null, field + ".score");
            }

            var quality = l.Quality ?? throw new FrameworkImportException("a level needs a quality (its label)", null, field + ".quality");
            var description = l.Description ?? "";
            return new ScaleLevel(
                (int)score,
                l.Extensions?.LevelCode ?? "N" + score.ToString(CultureInfo.InvariantCulture),
                new LocalizedText(quality, l.Extensions?.QualityEn ?? quality),
                new LocalizedText(description, l.Extensions?.DescriptionEn ?? description));
        }).ToList();
        var title = rubric.Title ?? "";
        return new LevelScale(rubric.Extensions?.ScaleId ?? Slug(title), new LocalizedText(title, rubric.Extensions?.TitleEn ?? title), levels);
    }

    private static string Code(CaseTree.Node node) =>
        node.Item.HumanCodingScheme is { Length: > 0 } code
            ? code
            : throw new FrameworkImportException("every pôle, block and competency needs a humanCodingScheme", null, $"CFItems[{node.Index}].humanCodingScheme");

    private static string Slug(string title)
    {
        var slug = new string([.. title.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        slug = slug.Trim('-');
        return slug.Length == 0 ? "framework" : slug[..Math.Min(slug.Length, 60)];
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
