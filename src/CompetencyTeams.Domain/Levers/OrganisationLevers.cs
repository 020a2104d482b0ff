using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.Domain.Levers;

/// <summary>Organisation-wide rules: FTE shortfalls (recruitment, redistribution), profile requirements to review, competencies nobody holds.</summary>
internal static class OrganisationLevers
{
    public static void ProposeFte(FteFigures fte, LeverRules rules, List<LeverProposal> output)
    {
        foreach (var profile in fte.ByProfile)
        {
            var atHorizon = profile.ShortfallAtHorizon > profile.ShortfallNow;
            var shortfall = Math.Max(profile.ShortfallNow, profile.ShortfallAtHorizon);
            if (shortfall >= rules.RecruitmentMinFteShortfall)
            {
                output.Add(new LeverProposal(LeverType.Recruitment, "recruitment.profile-fte-shortfall", LeverReasons.RecruitProfile(profile.Key, shortfall, atHorizon))
                {
                    ProfileId = profile.Key,
                    Magnitude = shortfall,
                });
            }
        }

        var surplus = fte.ByBlock.Select(b => (b.Key, Spare: -b.ShortfallNow)).Where(b => b.Spare >= rules.OrganisationMinFteSurplus).OrderByDescending(b => b.Spare).ThenBy(b => b.Key, StringComparer.Ordinal).ToList();
        foreach (var block in fte.ByBlock)
        {
            var shortfall = block.ShortfallNow;
            if (shortfall < rules.RecruitmentMinFteShortfall)
            {
                continue;
            }

            var remaining = shortfall;
            foreach (var (key, spare) in surplus)
            {
                output.Add(new LeverProposal(LeverType.Organisation, "organisation.redistribute-block-time", LeverReasons.Redistribute(block.Key, shortfall, key, spare))
                {
                    BlockCode = block.Key,
                    Magnitude = Math.Min(shortfall, spare),
                });
                remaining -= spare;
                if (remaining <= 0)
                {
                    break;
                }
            }

            if (remaining >= rules.RecruitmentMinFteShortfall)
            {
                output.Add(new LeverProposal(LeverType.Recruitment, "recruitment.block-fte-shortfall", LeverReasons.RecruitBlock(block.Key, remaining))
                {
                    BlockCode = block.Key,
                    Magnitude = remaining,
                });
            }
        }
    }

    public static void ProposeRequirementReviews(GapData data, LeverRules rules, List<LeverProposal> output)
    {
        var c = data.CompetencyCount;
        for (var r = 0; r < data.Profiles.Count; r++)
        {
            for (var k = 0; k < c; k++)
            {
                var i = (r * c) + k;
                var assessed = data.ByProfile.Assessed[i];
                if (assessed < rules.ReviewRequirementMinPeople || data.ByProfile.RequiredBy[i] == 0)
                {
                    continue;
                }

                var below = assessed - data.ByProfile.Holders[i];
                if ((double)below / assessed >= rules.ReviewRequirementMinShareBelow)
                {
                    var code = data.Framework.Competencies[k].Code;
                    var profile = data.Profiles[r].Id;
                    var requiredLevel = (double)data.ByProfile.RequiredSum[i] / data.ByProfile.RequiredBy[i];
                    output.Add(new LeverProposal(LeverType.Organisation, "organisation.review-profile-requirement", LeverReasons.ReviewRequirement(profile, code, below, assessed, requiredLevel))
                    {
                        ProfileId = profile,
                        CompetencyCode = code,
                        Magnitude = below,
                    });
                }
            }
        }
    }

    public static void ProposeNoHolderAnywhere(GapData data, LeverIndexes indexes, LeverRules rules, List<LeverProposal> output)
    {
        if (!rules.RecruitWhenNoHolderAnywhere)
        {
            return;
        }

        var c = data.CompetencyCount;
        var maxRequired = new int[c];
        for (var t = 0; t < data.TeamIdList.Count; t++)
        {
            for (var k = 0; k < c; k++)
            {
                maxRequired[k] = Math.Max(maxRequired[k], indexes.TeamMaxRequired[(t * c) + k]);
            }
        }

        for (var k = 0; k < c; k++)
        {
            var requiredBy = data.Organisation.RequiredBy[k];
            if (requiredBy > 0 && data.Organisation.Holders[k] == 0 && indexes.OrgBestLevel[k] < maxRequired[k])
            {
                var code = data.Framework.Competencies[k].Code;
                output.Add(new LeverProposal(LeverType.Recruitment, "recruitment.no-holder-anywhere", LeverReasons.RecruitNoHolder(code, maxRequired[k]))
                {
                    CompetencyCode = code,
                    Magnitude = requiredBy,
                });
            }
        }
    }
}
