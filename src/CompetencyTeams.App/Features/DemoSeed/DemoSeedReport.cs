namespace CompetencyTeams.App.Features.DemoSeed;

/// <summary>What one seeding run wrote, per kind of record ("people": 40…); empty when everything was already there.</summary>
public sealed class DemoSeedReport
{
    private readonly SortedDictionary<string, int> _written = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Written => _written;

    public int Total => _written.Values.Sum();

    public void Count(string kind, int written = 1)
    {
        if (written > 0)
        {
            _written[kind] = _written.GetValueOrDefault(kind) + written;
        }
    }

    public override string ToString() =>
        Total == 0 ? "The demo data is already in place; nothing written." : "Written: " + string.Join(", ", _written.Select(w => $"{w.Key} {w.Value}"));
}
