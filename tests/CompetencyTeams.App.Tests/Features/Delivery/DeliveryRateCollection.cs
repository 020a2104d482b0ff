using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

namespace CompetencyTeams.App.Tests.Features.Delivery;

/// <summary>
/// Tests that count requests per sliding second at the connector stand-in run alone (after the parallel collections):
/// a starved CPU delays sends and bunches their arrivals, which is not what they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeliveryRateCollection : ICollectionFixture<QuestionnaireFlowFixture>
{
    public const string Name = "Delivery rates against the connector stand-in";
}
