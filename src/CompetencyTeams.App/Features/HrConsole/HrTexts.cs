using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>The HR console API's messages, in French and English.</summary>
public static class HrTexts
{
    public static LocalizedText SomeFieldsInvalid { get; } = new("Certains champs ne sont pas valides.", "Some fields are not valid.");

    public static LocalizedText Concurrency { get; } = new(
        "Quelqu'un d'autre a modifié cet élément entre-temps ; rechargez puis recommencez.",
        "Someone else changed this in the meantime; reload and try again.");

    public static LocalizedText NoCampaign { get; } = new("Il n'existe pas de campagne « {0} ».", "There is no campaign '{0}'.");

    public static LocalizedText CampaignExists { get; } = new("La campagne « {0} » existe déjà.", "Campaign '{0}' already exists.");

    public static LocalizedText NoFramework { get; } = new("Le référentiel {0} version {1} n'existe pas.", "Framework {0} version {1} does not exist.");

    public static LocalizedText NoFrameworkAtAll { get; } = new("Aucun référentiel n'est enregistré.", "No framework is stored.");

    public static LocalizedText FrameworkVersionExists { get; } = new("La version {1} du référentiel {0} existe déjà.", "Version {1} of framework {0} already exists.");

    public static LocalizedText NoProfile { get; } = new("Il n'existe pas de profil « {0} ».", "There is no profile '{0}'.");

    public static LocalizedText ProfileExists { get; } = new("Le profil « {0} » existe déjà ; rechargez-le pour le modifier.", "Profile '{0}' already exists; reload it to edit it.");

    public static LocalizedText Required { get; } = new("Ce champ est obligatoire.", "This field is required.");

    public static LocalizedText UnknownFormat { get; } = new("Format « {0} » inconnu : choisissez {1}.", "Unknown format '{0}': choose {1}.");

    public static LocalizedText UnknownValue { get; } = new("Valeur « {0} » inconnue : choisissez parmi {1}.", "Unknown value '{0}': choose one of {1}.");

    public static LocalizedText BadPageSize { get; } = new("La taille de page doit être entre 1 et {0}.", "The page size must be between 1 and {0}.");

    public static LocalizedText BadContinuation { get; } = new("Jeton de continuation invalide ; recommencez depuis la première page.", "Invalid continuation token; start again from the first page.");

    public static LocalizedText EmptyBody { get; } = new("Le fichier envoyé est vide.", "The file sent is empty.");

    public static LocalizedText FileTooLarge { get; } = new("Le fichier dépasse la limite de {0} Mo.", "The file is over the {0} MB limit.");

    public static LocalizedText FileError { get; } = new("Le fichier ne peut pas être importé : {0}", "The file cannot be imported: {0}");

    public static LocalizedText VersionRequired { get; } = new(
        "Donnez la version lue (champ « version ») pour modifier cet élément.",
        "Give the version you read (field 'version') to change this.");

    public static LocalizedText SharePointNotConfigured { get; } = new(
        "La publication SharePoint n'est pas configurée (SharePoint:SiteHostname est vide).",
        "SharePoint publication is not configured (SharePoint:SiteHostname is empty).");

    public static LocalizedText SharePointFailed { get; } = new("SharePoint a refusé ou échoué : {0}", "SharePoint refused or failed: {0}");
}
