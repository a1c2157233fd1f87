using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SoTTTT.Portal.Web.Tests;

/// <summary>
/// Resource keys are the Vietnamese texts; every key the code uses needs its English in the
/// matching .en.resx, or an English user would meet Vietnamese.
/// </summary>
public sealed partial class LocalisationTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Every_UI_text_of_the_portal_has_an_English_translation()
    {
        var web = Path.Combine(Root, "src", "SoTTTT.Portal.Web");
        var files = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Account{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var keys = files.SelectMany(f => UiKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(DisplayNames());

        AssertTranslated(keys, Path.Combine(web, "Resources", "SharedResource.en.resx"));
    }

    [Fact]
    public void Every_text_of_the_account_pages_has_an_English_translation()
    {
        var account = Path.Combine(Root, "src", "SoTTTT.Portal.Web", "Components", "Account");
        var keys = Directory.EnumerateFiles(account, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => UiKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value));

        AssertTranslated(keys, Path.Combine(Root, "src", "SoTTTT.Portal.Web", "Resources", "AccountResource.en.resx"));
    }

    [Fact]
    public void Every_message_of_the_use_cases_has_an_English_translation()
    {
        var core = Path.Combine(Root, "src", "SoTTTT.Portal.Core");
        var keys = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f =>
            {
                var text = File.ReadAllText(f);
                return ValidatorKey().Matches(text).Concat(RuleKey().Matches(text)).Concat(FormatIssueKey().Matches(text)).Select(m => m.Groups[1].Value);
            })
            .Where(k => !k.StartsWith("The ", StringComparison.Ordinal));

        AssertTranslated(keys, Path.Combine(core, "Resources", "CoreResource.en.resx"));
    }

    private static void AssertTranslated(IEnumerable<string> keys, string resx)
    {
        var translated = XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value"));
        var used = keys.Distinct().ToList();
        Assert.NotEmpty(used);
        var missing = used.Where(k => !translated.TryGetValue(k, out var english) || string.IsNullOrWhiteSpace(english)).ToList();
        Assert.True(missing.Count == 0, $"No English in {Path.GetFileName(resx)} for: {string.Join(" | ", missing)}");
    }

    /// <summary>The names the UI shows for the domain's enumerations, through L[...].</summary>
    private static IEnumerable<string> DisplayNames() =>
        Enum.GetValues<Core.Domain.Organisation.OrgUnitKind>().Select(Components.Shared.OrgUnitKindNames.Of)
            .Concat(Core.Domain.Identity.PortalRoles.All.Select(Core.Domain.Identity.PortalRoles.DisplayName))
            .Concat(Enum.GetValues<Core.Domain.Documents.DocumentType>().Select(Components.Shared.DocumentNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Documents.IncomingStatus>().Select(Components.Shared.DocumentNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Documents.OutgoingStatus>().Select(Components.Shared.DocumentNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Documents.Urgency>().Select(Components.Shared.DocumentNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Documents.Confidentiality>().Select(Components.Shared.DocumentNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Documents.DistributionPurpose>().Select(Components.Shared.DocumentNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Documents.SigningAuthority>().Select(Components.Shared.DocumentNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Documents.DocumentAction>().Select(Components.Shared.DocumentNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Tasks.ComplianceStatus>().Select(Components.Shared.TaskNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Tasks.AssignmentRole>().Select(Components.Shared.TaskNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Tasks.TaskPriority>().Select(Components.Shared.TaskNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Tasks.DeadlineKind>().Select(Components.Shared.TaskNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Tasks.ReportStatus>().Select(Components.Shared.TaskNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Tasks.ExtensionStatus>().Select(Components.Shared.TaskNames.Of))
            .Concat(Enumerable.Range(1, 7).Select(Components.Shared.TaskNames.WeekdayOf))
            .Concat([Components.Shared.TaskNames.DueSoon, Components.Shared.TaskNames.Stale])
            .Concat(Enum.GetValues<Core.Domain.Calendar.CalendarDayKind>().Select(Components.Shared.CalendarNames.Of))
            .Concat(Enum.GetValues<DayOfWeek>().Select(Components.Shared.CalendarNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Inspection.FindingSeverity>().Select(Components.Shared.InspectionNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Inspection.FollowUpState>().Select(Components.Shared.InspectionNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Inspection.ComplianceRating>().Select(Components.Shared.InspectionNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Inspection.FindingTargetKind>().Select(Components.Shared.InspectionNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Audit.SecurityEventKind>().Select(Components.Shared.AuditNames.Of))
            .Concat(Enum.GetValues<Core.Domain.Audit.AuditChainBreakKind>().Select(Components.Shared.AuditNames.Of));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SoTTTT.Portal.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex(@"(?:\bL|UiText)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex UiKey();

    [GeneratedRegex(@"\bl\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ValidatorKey();

    [GeneratedRegex(@"(?:DomainRuleException|: Exception)\(""([^""]+)""")]
    private static partial Regex RuleKey();

    [GeneratedRegex(@"new\(nameof\(\w+\), ""([^""]+)""\)")]
    private static partial Regex FormatIssueKey();

}
