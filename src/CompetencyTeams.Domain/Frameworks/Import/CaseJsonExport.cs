using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>
/// Exports a framework as a 1EdTech CASE 1.1 CFPackage: the CFDocument is the framework; CFItems of type "Pôle",
/// "Bloc d'activités", "Compétence" (humanCodingScheme "1", "1.1", "1.1.1"), "Savoir associé" and "Exemple concret"
/// ("1.1.1.S1", "1.1.1.E1"); isChildOf CFAssociations in order; the level scale as one CFRubric with one criterion per
/// competency whose levels carry the descriptors. Identifiers are stable UUIDs derived from the framework and codes.
/// </summary>
public static class CaseJsonExport
{
    public const string PoleType = "Pôle";
    public const string BlockType = "Bloc d'activités";
    public const string CompetencyType = "Compétence";
    public const string KnowledgeType = "Savoir associé";
    public const string ExampleType = "Exemple concret";
    public const string ChildOf = "isChildOf";

    public static string Serialize(CompetencyFramework framework, DateTimeOffset changedAt) =>
        JsonSerializer.Serialize(ToPackage(framework, changedAt), CaseJsonImport.Options) + "\n";

    public static CasePackage ToPackage(CompetencyFramework framework, DateTimeOffset changedAt)
    {
        var documentId = Id(framework, "document", "");
        var documentLink = new CaseLinkUri(framework.Name, documentId, Uri(documentId));
        var document = new CaseDocument(
            documentId, Uri(documentId), "CompetencyTeams", framework.Name, changedAt,
            Language: framework.Language,
            Version: framework.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AdoptionStatus: framework.Status == FrameworkStatus.Published ? "Adopted" : "Draft",
            Notes: framework.Source,
            Extensions: new CaseExtensions { FrameworkId = framework.Id });
        var items = new List<CaseItem>();
        var associations = new List<CaseAssociation>();

        CaseLinkUri AddItem(string kind, string code, string statement, string? abbreviated, string? notes, CaseLinkUri parent, int sequence)
        {
            var id = Id(framework, kind, code);
            var item = new CaseItem(id, Uri(id), statement, changedAt, abbreviated, code, kind, framework.Language, notes, documentLink);
            items.Add(item);
            var link = new CaseLinkUri(statement, id, item.Uri);
            var associationId = Id(framework, "association", code);
            associations.Add(new CaseAssociation(associationId, Uri(associationId), ChildOf, link, parent, changedAt, sequence, documentLink));
            return link;
        }

        for (var p = 0; p < framework.Poles.Count; p++)
        {
            var pole = framework.Poles[p];
            var poleLink = AddItem(PoleType, pole.Code, pole.Title, null, pole.Description, documentLink, p + 1);
            for (var b = 0; b < pole.Blocks.Count; b++)
            {
                var block = pole.Blocks[b];
                var blockLink = AddItem(BlockType, block.Code, block.Title, null, null, poleLink, b + 1);
                for (var c = 0; c < block.Competencies.Count; c++)
                {
                    var competency = block.Competencies[c];
                    var link = AddItem(CompetencyType, competency.Code, competency.Title, competency.ShortTitle, competency.Description, blockLink, c + 1);
                    for (var k = 0; k < competency.Knowledge.Count; k++)
                    {
                        AddItem(KnowledgeType, $"{competency.Code}.S{k + 1}", competency.Knowledge[k], null, null, link, k + 1);
                    }

                    for (var e = 0; e < competency.Examples.Count; e++)
                    {
                        AddItem(ExampleType, $"{competency.Code}.E{e + 1}", competency.Examples[e], null, null, link, competency.Knowledge.Count + e + 1);
                    }
                }
            }
        }

        return new CasePackage(document, items, associations, [Rubric(framework, items, changedAt)]);
    }

    private static CaseRubric Rubric(CompetencyFramework framework, List<CaseItem> items, DateTimeOffset changedAt)
    {
        var scale = framework.Scale;
        var rubricId = Id(framework, "rubric", scale.Id);
        var competencies = items.Where(i => i.ItemType == CompetencyType).ToList();
        var criteria = competencies.Select((item, position) =>
        {
            var criterionId = Id(framework, "criterion", item.HumanCodingScheme ?? "");
            var levels = scale.Levels.Select((level, levelPosition) =>
            {
                var levelId = Id(framework, "level", $"{item.HumanCodingScheme}/{level.Value}");
                return new CaseRubricCriterionLevel(
                    levelId, Uri(levelId), changedAt, level.Descriptor.Fr, level.Label.Fr, level.Value, Feedback: null, Position: levelPosition + 1, RubricCriterionId: criterionId,
                    Extensions: new CaseExtensions { LevelCode = level.Code, QualityEn = level.Label.En, DescriptionEn = level.Descriptor.En });
            }).ToList();
            return new CaseRubricCriterion(
                criterionId, Uri(criterionId), changedAt, item.HumanCodingScheme, item.FullStatement, new CaseLinkUri(item.FullStatement, item.Identifier, item.Uri),
                Weight: null, Position: position + 1, RubricId: rubricId, Levels: levels);
        }).ToList();
        return new CaseRubric(rubricId, Uri(rubricId), changedAt, scale.Name.Fr, scale.Name.En, criteria, new CaseExtensions { ScaleId = scale.Id, TitleEn = scale.Name.En });
    }

    private static string Uri(string identifier) => "urn:uuid:" + identifier;

    /// <summary>A stable UUID (RFC 9562 version 8, name-based on SHA-256) so that re-exports keep their identifiers.</summary>
    private static string Id(CompetencyFramework framework, string kind, string code)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{framework.Id}|{framework.Version}|{kind}|{code}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
