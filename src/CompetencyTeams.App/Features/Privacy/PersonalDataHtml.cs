using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CompetencyTeams.App.Localization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// The export as a plain HTML page a person can read: one table per kind of data. Every value is HTML-encoded, so a
/// comment holding markup or script shows as text; the page has no script and loads nothing.
/// </summary>
public static class PersonalDataHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string Render(PersonalDataExport export, string? locale)
    {
        var page = new Page(locale);
        page.Start(T.Title.For(locale), export);
        var p = export.Profile;
        page.Table(T.Profile, [T.Field, T.Value], p is null ? [] :
        [
            ["id", p.ObjectId], [T.Name.For(locale), p.DisplayName], ["UPN", p.UserPrincipalName], [T.Team.For(locale), p.TeamId],
            [T.Manager.For(locale), p.ManagerId], [T.JobProfile.For(locale), p.ProfileId], ["FTE", Number(p.Fte)],
            [T.Language.For(locale), p.PreferredLocale], [T.Active.For(locale), p.IsActive ? "✓" : "✗"],
            [T.ChatAddress.For(locale), p.ChatAddress is null ? null : p.ChatAddress.ConversationId],
        ]);
        page.Table(T.Assignments, [T.Campaign, T.State, T.Team, T.DeliveredAt, T.Reminders], export.Assignments.Select(a => (string?[])
            [a.CampaignId, a.State.ToString(), a.TeamId, Date(a.DeliveredAt), string.Join(", ", a.RemindersSent)]));
        page.Table(T.Assessments, [T.Campaign, T.State, T.JobProfile, T.Levels, T.SubmittedAt], export.Assessments.Select(a => (string?[])
            [a.CampaignId, a.Status, a.ProfileId, Levels(a.SelfLevels), Date(a.SubmittedAt)]));
        page.Table(T.Validations, [T.Campaign, T.ValidatedBy, T.ValidatedAt, T.Levels], export.Validations.Select(v => (string?[])
            [v.CampaignId, v.ValidatedBy, Date(v.ValidatedAt), Levels(v.ManagerLevels)]));
        page.Table(T.Comments, [T.Campaign, T.Author, T.About, T.Text], export.Comments.Select(c => (string?[]) [c.CampaignId, c.Author, c.About, c.Text]));
        page.Table(T.ActionItems, [T.Campaign, T.Team, T.Lever, T.Reason, T.Owner, T.State], export.ActionItems.Select(i => (string?[])
            [i.CampaignId, i.TeamId, i.Action.Lever.ToString(), i.Action.Reason, i.Action.OwnerId, i.Action.Status.ToString()]));
        page.Table(T.Audit, [T.When, T.Who, T.Action, T.Target], export.AuditEntries.Select(e => (string?[])
            [Date(e.At), $"{e.ActorId} ({e.ActorRole})", e.Action, $"{e.TargetType} {e.TargetId}"]));
        return page.End();
    }

    private static string? Date(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Levels(IReadOnlyDictionary<string, string> levels) => string.Join(", ", levels.Select(l => $"{l.Key}: {l.Value}"));

    private sealed class Page(string? locale)
    {
        private readonly StringBuilder _html = new();

        public void Start(string title, PersonalDataExport export)
        {
            _html.Append("<!DOCTYPE html><html lang=\"").Append(AppLocale.Language(locale)).Append("\"><head><meta charset=\"utf-8\">")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(Encoder.Encode(title)).Append("</title>")
                .Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.4}table{border-collapse:collapse;margin-bottom:2rem;width:100%}")
                .Append("th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top;white-space:pre-wrap}th{background:#eee}</style></head><body>")
                .Append("<h1>").Append(Encoder.Encode(title)).Append("</h1><p>")
                .Append(Encoder.Encode(string.Format(AppLocale.Culture(locale), T.Intro.For(locale), export.PersonId, Date(export.ExportedAt), export.ExportedBy)))
                .Append("</p>");
        }

        public void Table(LocalizedText caption, LocalizedText[] headers, IEnumerable<string?[]> rows)
        {
            var list = rows.ToList();
            _html.Append("<h2>").Append(Encoder.Encode(caption.For(locale))).Append(" (").Append(list.Count).Append(")</h2>");
            if (list.Count == 0)
            {
                _html.Append("<p>").Append(Encoder.Encode(T.Nothing.For(locale))).Append("</p>");
                return;
            }

            _html.Append("<table><thead><tr>");
            foreach (var header in headers)
            {
                _html.Append("<th scope=\"col\">").Append(Encoder.Encode(header.For(locale))).Append("</th>");
            }

            _html.Append("</tr></thead><tbody>");
            foreach (var row in list)
            {
                _html.Append("<tr>");
                foreach (var cell in row)
                {
                    _html.Append("<td>").Append(Encoder.Encode(cell ?? "")).Append("</td>");
                }

                _html.Append("</tr>");
            }

            _html.Append("</tbody></table>");
        }

        public string End() => _html.Append("</body></html>").ToString();
    }

    private static class T
    {
        public static readonly LocalizedText Title = new("Vos données dans CompetencyTeams", "Your data in CompetencyTeams");
        public static readonly LocalizedText Intro = new(
            "Toutes les données que CompetencyTeams conserve sur la personne {0}, exportées le {1} par {2}.",
            "Everything CompetencyTeams holds about person {0}, exported on {1} by {2}.");

        public static readonly LocalizedText Nothing = new("Aucune donnée.", "No data.");
        public static readonly LocalizedText Profile = new("Profil", "Profile");
        public static readonly LocalizedText Assignments = new("Campagnes reçues", "Campaigns received");
        public static readonly LocalizedText Assessments = new("Auto-évaluations", "Self-assessments");
        public static readonly LocalizedText Validations = new("Évaluations du manager", "Manager's assessments");
        public static readonly LocalizedText Comments = new("Commentaires", "Comments");
        public static readonly LocalizedText ActionItems = new("Actions du plan", "Action plan items");
        public static readonly LocalizedText Audit = new("Journal d'audit", "Audit log");
        public static readonly LocalizedText Field = new("Champ", "Field");
        public static readonly LocalizedText Value = new("Valeur", "Value");
        public static readonly LocalizedText Name = new("Nom", "Name");
        public static readonly LocalizedText Team = new("Équipe", "Team");
        public static readonly LocalizedText Manager = new("Manager", "Manager");
        public static readonly LocalizedText JobProfile = new("Profil de poste", "Job profile");
        public static readonly LocalizedText Language = new("Langue", "Language");
        public static readonly LocalizedText Active = new("Actif", "Active");
        public static readonly LocalizedText ChatAddress = new("Conversation Teams", "Teams conversation");
        public static readonly LocalizedText Campaign = new("Campagne", "Campaign");
        public static readonly LocalizedText State = new("État", "State");
        public static readonly LocalizedText DeliveredAt = new("Reçue le", "Delivered on");
        public static readonly LocalizedText Reminders = new("Relances", "Reminders");
        public static readonly LocalizedText Levels = new("Niveaux", "Levels");
        public static readonly LocalizedText SubmittedAt = new("Envoyée le", "Submitted on");
        public static readonly LocalizedText ValidatedBy = new("Validée par", "Validated by");
        public static readonly LocalizedText ValidatedAt = new("Validée le", "Validated on");
        public static readonly LocalizedText Author = new("Auteur", "Author");
        public static readonly LocalizedText About = new("Sur", "About");
        public static readonly LocalizedText Text = new("Texte", "Text");
        public static readonly LocalizedText Lever = new("Levier", "Lever");
        public static readonly LocalizedText Reason = new("Motif", "Reason");
        public static readonly LocalizedText Owner = new("Porteur", "Owner");
        public static readonly LocalizedText When = new("Quand", "When");
        public static readonly LocalizedText Who = new("Qui", "Who");
        public static readonly LocalizedText Action = new("Action", "Action");
        public static readonly LocalizedText Target = new("Objet", "Target");
    }
}
