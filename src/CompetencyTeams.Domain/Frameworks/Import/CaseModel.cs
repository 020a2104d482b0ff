using System.Text.Json.Serialization;

namespace CompetencyTeams.Domain.Frameworks.Import;

// The subset of the 1EdTech CASE 1.1 CFPackage that a framework needs, with CASE's own property names.
// Our extra facts (framework id, English scale texts, level codes) travel in CASE 1.1 "extensions".
#pragma warning disable CA1819 // The CASE names and array shapes are the wire format.
public sealed record CasePackage(
    [property: JsonPropertyName("CFDocument")] CaseDocument Document,
    [property: JsonPropertyName("CFItems")] IReadOnlyList<CaseItem> Items,
    [property: JsonPropertyName("CFAssociations")] IReadOnlyList<CaseAssociation> Associations,
    [property: JsonPropertyName("CFRubrics")] IReadOnlyList<CaseRubric>? Rubrics = null);

public sealed record CaseDocument(
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("creator")] string Creator,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("lastChangeDateTime")] DateTimeOffset LastChangeDateTime,
    [property: JsonPropertyName("language")] string? Language = null,
    [property: JsonPropertyName("version")] string? Version = null,
    [property: JsonPropertyName("adoptionStatus")] string? AdoptionStatus = null,
    [property: JsonPropertyName("notes")] string? Notes = null,
    [property: JsonPropertyName("extensions")] CaseExtensions? Extensions = null);

public sealed record CaseLinkUri(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("uri")] string Uri);

public sealed record CaseItem(
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("fullStatement")] string FullStatement,
    [property: JsonPropertyName("lastChangeDateTime")] DateTimeOffset LastChangeDateTime,
    [property: JsonPropertyName("abbreviatedStatement")] string? AbbreviatedStatement = null,
    [property: JsonPropertyName("humanCodingScheme")] string? HumanCodingScheme = null,
    [property: JsonPropertyName("CFItemType")] string? ItemType = null,
    [property: JsonPropertyName("language")] string? Language = null,
    [property: JsonPropertyName("notes")] string? Notes = null,
    [property: JsonPropertyName("CFDocumentURI")] CaseLinkUri? DocumentUri = null);

public sealed record CaseAssociation(
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("associationType")] string AssociationType,
    [property: JsonPropertyName("originNodeURI")] CaseLinkUri OriginNode,
    [property: JsonPropertyName("destinationNodeURI")] CaseLinkUri DestinationNode,
    [property: JsonPropertyName("lastChangeDateTime")] DateTimeOffset LastChangeDateTime,
    [property: JsonPropertyName("sequenceNumber")] int? SequenceNumber = null,
    [property: JsonPropertyName("CFDocumentURI")] CaseLinkUri? DocumentUri = null);

public sealed record CaseRubric(
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("lastChangeDateTime")] DateTimeOffset LastChangeDateTime,
    [property: JsonPropertyName("title")] string? Title = null,
    [property: JsonPropertyName("description")] string? Description = null,
    [property: JsonPropertyName("CFRubricCriteria")] IReadOnlyList<CaseRubricCriterion>? Criteria = null,
    [property: JsonPropertyName("extensions")] CaseExtensions? Extensions = null);

public sealed record CaseRubricCriterion(
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("lastChangeDateTime")] DateTimeOffset LastChangeDateTime,
    [property: JsonPropertyName("category")] string? Category = null,
    [property: JsonPropertyName("description")] string? Description = null,
    [property: JsonPropertyName("CFItemURI")] CaseLinkUri? ItemUri = null,
    [property: JsonPropertyName("weight")] double? Weight = null,
    [property: JsonPropertyName("position")] int? Position = null,
    [property: JsonPropertyName("rubricId")] string? RubricId = null,
    [property: JsonPropertyName("CFRubricCriterionLevels")] IReadOnlyList<CaseRubricCriterionLevel>? Levels = null);

public sealed record CaseRubricCriterionLevel(
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("lastChangeDateTime")] DateTimeOffset LastChangeDateTime,
    [property: JsonPropertyName("description")] string? Description = null,
    [property: JsonPropertyName("quality")] string? Quality = null,
    [property: JsonPropertyName("score")] double? Score = null,
    [property: JsonPropertyName("feedback")] string? Feedback = null,
    [property: JsonPropertyName("position")] int? Position = null,
    [property: JsonPropertyName("rubricCriterionId")] string? RubricCriterionId = null,
    [property: JsonPropertyName("extensions")] CaseExtensions? Extensions = null);

/// <summary>Our facts that CASE has no field for (all optional: a foreign file without them still imports).</summary>
public sealed record CaseExtensions
{
    [JsonPropertyName("competencyTeamsFrameworkId")]
    public string? FrameworkId { get; init; }

    [JsonPropertyName("competencyTeamsScaleId")]
    public string? ScaleId { get; init; }

    [JsonPropertyName("titleEn")]
    public string? TitleEn { get; init; }

    [JsonPropertyName("levelCode")]
    public string? LevelCode { get; init; }

    [JsonPropertyName("qualityEn")]
    public string? QualityEn { get; init; }

    [JsonPropertyName("descriptionEn")]
    public string? DescriptionEn { get; init; }
}
#pragma warning restore CA1819
