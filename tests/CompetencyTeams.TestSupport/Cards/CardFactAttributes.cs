namespace CompetencyTeams.TestSupport.Cards;

// xunit 2.9 has no runtime skip: these attributes set Skip when they are constructed (at discovery), so a test whose
// prerequisite is missing is reported as skipped, with the reason, instead of passing without checking anything.

/// <summary>A fact that needs the official Adaptive Card 1.5 JSON schema from shared/.</summary>
public sealed class RequiresCardSchemaFactAttribute : FactAttribute
{
    public RequiresCardSchemaFactAttribute() => Skip = CardValidationPrerequisites.SchemaUnavailableReason;
}

/// <summary>A fact that needs the official renderer in headless Chromium.</summary>
public sealed class RequiresCardRendererFactAttribute : FactAttribute
{
    public RequiresCardRendererFactAttribute() => Skip = CardValidationPrerequisites.RendererUnavailableReason;
}

/// <summary>A fact that needs both card validators (schema and renderer).</summary>
public sealed class RequiresCardValidatorsFactAttribute : FactAttribute
{
    public RequiresCardValidatorsFactAttribute() =>
        Skip = CardValidationPrerequisites.SchemaUnavailableReason ?? CardValidationPrerequisites.RendererUnavailableReason;
}

/// <summary>A theory that needs both card validators (schema and renderer).</summary>
public sealed class RequiresCardValidatorsTheoryAttribute : TheoryAttribute
{
    public RequiresCardValidatorsTheoryAttribute() =>
        Skip = CardValidationPrerequisites.SchemaUnavailableReason ?? CardValidationPrerequisites.RendererUnavailableReason;
}
