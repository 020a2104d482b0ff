namespace CompetencyTeams.Domain.Frameworks;

/// <summary>Checks a framework's integrity; each error names the field path (e.g. <c>poles[0].blocks[1].competencies[2].title</c>).</summary>
public static class FrameworkValidator
{
    public static IReadOnlyList<string> Validate(CompetencyFramework framework)
    {
        var errors = NullItems(framework).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        Require(errors, "id", framework.Id);
        Require(errors, "name", framework.Name);
        Require(errors, "language", framework.Language);
        if (framework.Version < 1)
        {
            errors.Add("version: must be 1 or more");
        }

        if (framework.Poles.Count == 0)
        {
            errors.Add("poles: at least one pôle is required");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < framework.Poles.Count; p++)
        {
            var pole = framework.Poles[p];
            var polePath = $"poles[{p}]";
            RequireCode(errors, codes, polePath, pole.Code);
            Require(errors, polePath + ".title", pole.Title);
            for (var b = 0; b < pole.Blocks.Count; b++)
            {
                var block = pole.Blocks[b];
                var blockPath = $"{polePath}.blocks[{b}]";
                RequireCode(errors, codes, blockPath, block.Code);
                Require(errors, blockPath + ".title", block.Title);
                if (block.Competencies.Count == 0)
                {
                    errors.Add($"{blockPath}.competencies: block {block.Code} has no competency");
                }

                for (var c = 0; c < block.Competencies.Count; c++)
                {
                    ValidateCompetency(errors, codes, $"{blockPath}.competencies[{c}]", block.Competencies[c]);
                }
            }
        }

        ValidateScale(errors, framework.Scale);
        return errors;
    }

    public static void ValidateScale(List<string> errors, LevelScale scale)
    {
        Require(errors, "scale.id", scale.Id);
        if (scale.Levels.Count < 2)
        {
            errors.Add("scale.levels: at least two levels are required");
        }

        for (var i = 0; i < scale.Levels.Count; i++)
        {
            var level = scale.Levels[i];
            var path = $"scale.levels[{i}]";
            if (level.Value < 1)
            {
                errors.Add($"{path}.value: must be 1 or more (0 is never a level)");
            }

            if (i > 0 && level.Value <= scale.Levels[i - 1].Value)
            {
                errors.Add($"{path}.value: levels must be in strictly increasing order");
            }

            Require(errors, path + ".code", level.Code);
            Require(errors, path + ".label.fr", level.Label.Fr);
            Require(errors, path + ".label.en", level.Label.En);
            Require(errors, path + ".descriptor.fr", level.Descriptor.Fr);
            Require(errors, path + ".descriptor.en", level.Descriptor.En);
        }
    }

    // A file may hold null array items ("blocks": [null]) that deserialize fine; they are reported before the walk below.
    private static IEnumerable<string> NullItems(CompetencyFramework framework)
    {
        for (var p = 0; p < framework.Poles.Count; p++)
        {
            var pole = framework.Poles[p];
            if (pole is null)
            {
                yield return $"poles[{p}]: must not be null";
                continue;
            }

            for (var b = 0; b < pole.Blocks.Count; b++)
            {
                var block = pole.Blocks[b];
                if (block is null)
                {
                    yield return $"poles[{p}].blocks[{b}]: must not be null";
                    continue;
                }

                for (var c = 0; c < block.Competencies.Count; c++)
                {
                    if (block.Competencies[c] is null)
                    {
                        yield return $"poles[{p}].blocks[{b}].competencies[{c}]: must not be null";
                    }
                }
            }
        }

        for (var i = 0; i < framework.Scale.Levels.Count; i++)
        {
            if (framework.Scale.Levels[i] is null)
            {
                yield return $"scale.levels[{i}]: must not be null";
            }
        }
    }

    private static void ValidateCompetency(List<string> errors, HashSet<string> codes, string path, Competency competency)
    {
        RequireCode(errors, codes, path, competency.Code);
        Require(errors, path + ".title", competency.Title);
        Require(errors, path + ".description", competency.Description);
        for (var i = 0; i < competency.Knowledge.Count; i++)
        {
            Require(errors, $"{path}.knowledge[{i}]", competency.Knowledge[i]);
        }

        for (var i = 0; i < competency.Examples.Count; i++)
        {
            Require(errors, $"{path}.examples[{i}]", competency.Examples[i]);
        }
    }

    private static void RequireCode(List<string> errors, HashSet<string> codes, string path, string code)
    {
        Require(errors, path + ".code", code);
        if (!string.IsNullOrWhiteSpace(code) && !codes.Add(code))
        {
            errors.Add($"{path}.code: duplicate code '{code}'");
        }
    }

    private static void Require(List<string> errors, string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{path}: required");
        }
    }
}
