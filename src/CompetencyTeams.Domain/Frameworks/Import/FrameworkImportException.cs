namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>
/// A framework file could not be read. Nothing was imported. <see cref="Line"/> (1-based) and <see cref="Field"/>
/// point at the problem when known, e.g. line 12, field "poles[0].blocks[1].competencies[2].title".
/// </summary>
public sealed class FrameworkImportException : Exception
{
    public FrameworkImportException(string message, int? line, string? field, Exception? innerException = null)
        : base(Describe(message, line, field), innerException)
    {
        Line = line;
        Field = field;
        Reason = message;
    }

    public FrameworkImportException()
        : this("The framework file could not be read.", null, null)
    {
    }

    public FrameworkImportException(string message)
        : this(message, null, null)
    {
    }

    public FrameworkImportException(string message, Exception innerException)
        : this(message, null, null, innerException)
    {
    }

    public int? Line { get; }

    public string? Field { get; }

    /// <summary>The problem without the location prefix.</summary>
    public string Reason { get; }

    private static string Describe(string message, int? line, string? field) =>
        (line, field) switch
        {
            (not null, not null) => $"Line {line}, field '{field}': {message}",
            (not null, null) => $"Line {line}: {message}",
            (null, not null) => $"Field '{field}': {message}",
            _ => message,
        };
}
