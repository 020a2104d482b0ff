namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>Assembles pôles and blocks from flat rows (CSV lines, CASE items), refusing contradictions between rows.</summary>
internal sealed class FrameworkBuilder
{
    private readonly List<(string Code, string Title, string Description, List<(string Code, string Title, List<Competency> Items)> Blocks)> _poles = [];

    public void Add(int line, string poleCode, string poleTitle, string poleDescription, string blockCode, string blockTitle, Competency competency)
    {
        var pole = _poles.FindIndex(p => p.Code == poleCode);
        if (pole < 0)
        {
            _poles.Add((poleCode, poleTitle, poleDescription, []));
            pole = _poles.Count - 1;
        }
        else if (_poles[pole].Title != poleTitle)
        {
            throw new FrameworkImportException($"pôle {poleCode} is titled \"{_poles[pole].Title}\" on an earlier row", line, "pole_title");
        }

        var blocks = _poles[pole].Blocks;
        var block = blocks.FindIndex(b => b.Code == blockCode);
        if (block < 0)
        {
            if (_poles.Any(p => p.Blocks.Any(b => b.Code == blockCode)))
            {
                throw new FrameworkImportException($"block {blockCode} already belongs to another pôle", line, "block_code");
            }

            blocks.Add((blockCode, blockTitle, []));
            block = blocks.Count - 1;
        }
        else if (blocks[block].Title != blockTitle)
        {
            throw new FrameworkImportException($"block {blockCode} is titled \"{blocks[block].Title}\" on an earlier row", line, "block_title");
        }

        if (_poles.Any(p => p.Blocks.Any(b => b.Items.Any(c => c.Code == competency.Code))))
        {
            throw new FrameworkImportException($"competency {competency.Code} appears twice", line, "competency_code");
        }

        blocks[block].Items.Add(competency);
    }

    public List<Pole> Build() =>
        [.. _poles.Select(p => new Pole(p.Code, p.Title, p.Description.Length == 0 ? null : p.Description, [.. p.Blocks.Select(b => new ActivityBlock(b.Code, b.Title, b.Items))]))];
}
