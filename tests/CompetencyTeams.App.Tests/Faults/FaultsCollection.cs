using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// The fault tests: each kills or starves a real App process while it works, so they run alone (they measure what
/// survives, and a busy neighbour would only blur when the fault lands). Azurite and the DevChannel stand-in are shared.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsCollection : ICollectionFixture<QuestionnaireFlowFixture>
{
    public const string Name = "Faults: host kills and storage outages against the App process";
}
