namespace CompetencyTeams.Domain.Common;

/// <summary>
/// A business rule refused the change (wrong state, unknown code, past deadline…). Nothing was changed.
/// <see cref="Code"/> is stable for callers that map it to a localized message or an HTTP status.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public DomainRuleException()
        : this("domain.rule", "A business rule refused the change.")
    {
    }

    public DomainRuleException(string message)
        : this("domain.rule", message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "domain.rule";
    }

    /// <summary>Stable machine-readable reason, e.g. <c>campaign.invalid-transition</c>.</summary>
    public string Code { get; } = "domain.rule";
}
