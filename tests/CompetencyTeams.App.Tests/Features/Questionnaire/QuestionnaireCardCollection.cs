using CompetencyTeams.TestSupport.Cards;

namespace CompetencyTeams.App.Tests.Features.Questionnaire;

[CollectionDefinition(Name)]
public sealed class QuestionnaireCardCollection : ICollectionFixture<AdaptiveCardValidators>
{
    public const string Name = "Questionnaire cards against the official validators";
}
