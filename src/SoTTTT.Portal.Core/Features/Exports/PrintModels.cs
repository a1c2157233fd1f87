namespace SoTTTT.Portal.Core.Features.Exports;

/// <summary>
/// An outgoing document as it is printed, every text final (the renderer formats nothing but the date
/// line). <see cref="TypeTitle"/> is null for a công văn (its summary "V/v …" stands under the number);
/// for other kinds it is the centred bold title ("BÁO CÁO") with the summary under it.
/// </summary>
public sealed record OutgoingDocumentPrint(
    string ParentBody,
    string IssuingBody,
    string NumberAndSymbol,
    bool IsDraft,
    string Place,
    DateOnly? IssuedOn,
    string? TypeTitle,
    string Summary,
    IReadOnlyList<string> Addressees,
    string? Preamble,
    IReadOnlyList<PrintSection> Sections,
    string? Closing,
    IReadOnlyList<string> Distribution,
    string? AuthorityLine,
    string SignerTitle,
    string SignerName);

/// <summary>
/// A numbered section: "1." then its heading in bold when it has one; the body is plain text, paragraphs
/// separated by line feeds, lines starting with "- " are bullets.
/// </summary>
public sealed record PrintSection(int Number, string? Heading, string Body);

/// <summary>The compliance report of one directive, its figures already counted.</summary>
public sealed record ComplianceReportPrint(
    string ParentBody,
    string IssuingBody,
    string Title,
    string DocumentLine,
    IReadOnlyList<string> Filters,
    DateTime GeneratedAtLocal,
    string GeneratedBy,
    StatusCounts Summary,
    IReadOnlyList<ComplianceTaskPrint> Tasks,
    IReadOnlyList<IndicatorTotalPrint> IndicatorTotals,
    IReadOnlyList<UnitKindTotalPrint> UnitKindTotals);

/// <summary>The four statuses of the Government Office, counted.</summary>
public sealed record StatusCounts(int CompletedOnTime, int CompletedLate, int OpenOnTime, int OpenOverdue)
{
    public int Total => CompletedOnTime + CompletedLate + OpenOnTime + OpenOverdue;
}

/// <summary>One task of the directive: a table of every assigned unit; one value column per indicator.</summary>
public sealed record ComplianceTaskPrint(
    int SectionNumber,
    string Title,
    string Deadline,
    IReadOnlyList<string> IndicatorHeaders,
    IReadOnlyList<ComplianceUnitPrint> Rows);

public sealed record ComplianceUnitPrint(
    string UnitName,
    string Role,
    DateOnly? DueDate,
    string Status,
    DateOnly? LastReportOn,
    IReadOnlyList<string> IndicatorValues);

/// <summary>An indicator summed over every unit that reported it: "Tin nhắn cảnh báo đã gửi — 1.250.000 tin".</summary>
public sealed record IndicatorTotalPrint(string Task, string Indicator, string UnitOfMeasure, decimal Total, decimal? Target, int UnitsReporting);

/// <summary>The four statuses counted for one kind of unit ("Doanh nghiệp viễn thông").</summary>
public sealed record UnitKindTotalPrint(string UnitKind, StatusCounts Counts);

/// <summary>A unit's reports on a directive or within a period, oldest first.</summary>
public sealed record UnitReportHistoryPrint(
    string ParentBody,
    string IssuingBody,
    string Title,
    string UnitName,
    IReadOnlyList<string> Filters,
    DateTime GeneratedAtLocal,
    string GeneratedBy,
    IReadOnlyList<UnitReportPrint> Reports);

public sealed record UnitReportPrint(
    string Document,
    string Task,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    DateTime SubmittedAtLocal,
    string? UnitReportNumber,
    int PercentDone,
    bool ClaimsCompletion,
    string Status,
    string Narrative,
    IReadOnlyList<string> IndicatorValues,
    string? ReviewNote);

/// <summary>The list of inspection findings as printed: the issuing body, the title, the filters, who made it and when.</summary>
public sealed record FindingsPrint(
    string ParentBody,
    string IssuingBody,
    string Title,
    IReadOnlyList<string> Filters,
    DateTime GeneratedAtLocal,
    string GeneratedBy,
    IReadOnlyList<FindingPrint> Findings);

/// <summary>One finding: dates in Viet Nam time, severity and follow-up already in Vietnamese.</summary>
public sealed record FindingPrint(
    DateTime RecordedAtLocal,
    string Target,
    string Severity,
    string Description,
    string Recommendation,
    string FollowUp,
    string? FollowUpNote,
    string RecordedBy);
