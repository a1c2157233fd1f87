using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SoTTTT.Portal.Core;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Core.Features.Inspection;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Web.Exports;

/// <summary>
/// GET /xuat/…: every PDF and workbook of the portal. Each address sends the export's query as the
/// signed-in user, so a file holds exactly what its sender may read: another unit's rows, a document
/// the user may not read or an unknown id answer 404; a role without the permission 403; a bad filter
/// 400 with its Vietnamese reason. Files are never cached by a shared cache.
/// </summary>
public static class ExportEndpoints
{
    public static string OutgoingDocument(Guid id) => $"/xuat/van-ban-di/{id}";

    public static string ComplianceReport(Guid documentId, ExportFormat format, OrgUnitKind? unitKind = null, ComplianceStatus? status = null) =>
        Query($"/xuat/bao-cao-thuc-hien/{documentId}", ("format", format.ToString()), ("unitKind", unitKind?.ToString()), ("status", status?.ToString()));

    public static string UnitReportHistory(ExportFormat format, Guid? unitId, Guid? documentId, DateOnly? from, DateOnly? to) =>
        Query("/xuat/lich-su-bao-cao", ("format", format.ToString()), ("unitId", unitId?.ToString()), ("documentId", documentId?.ToString()),
            ("from", from?.ToString("yyyy-MM-dd")), ("to", to?.ToString("yyyy-MM-dd")));

    public static string IncomingDocuments(ListIncomingDocumentsQuery list) =>
        Query("/xuat/van-ban-den", ("search", list.Search), ("status", list.Status?.ToString()), ("type", list.Type?.ToString()),
            ("urgency", list.Urgency?.ToString()), ("receivedFrom", list.ReceivedFrom?.ToString("yyyy-MM-dd")),
            ("receivedTo", list.ReceivedTo?.ToString("yyyy-MM-dd")), ("sortBy", list.SortBy.ToString()), ("descending", list.Descending.ToString()));

    public static string OutgoingDocuments(ListOutgoingDocumentsQuery list) =>
        Query("/xuat/van-ban-di", ("search", list.Search), ("status", list.Status?.ToString()), ("type", list.Type?.ToString()),
            ("issuedFrom", list.IssuedFrom?.ToString("yyyy-MM-dd")), ("issuedTo", list.IssuedTo?.ToString("yyyy-MM-dd")));

    public static string Assignments(ListAssignmentsQuery list) =>
        Query("/xuat/nhiem-vu", ("documentId", list.DocumentId?.ToString()), ("taskId", list.TaskId?.ToString()), ("unitId", list.UnitId?.ToString()),
            ("openOnly", list.OpenOnly ? "true" : null), ("overdueOnly", list.OverdueOnly ? "true" : null),
            ("unitKind", list.UnitKind?.ToString()), ("dueSoonOnly", list.DueSoonOnly ? "true" : null));

    public static string MyAssignments(bool includeCompleted) => Query("/xuat/nhiem-vu-cua-don-vi", ("includeCompleted", includeCompleted.ToString()));

    public const string ReviewQueue = "/xuat/bao-cao-cho-xem-xet";

    public static string ExtensionRequests(bool pendingOnly) => Query("/xuat/de-nghi-gia-han", ("pendingOnly", pendingOnly.ToString()));

    public static string OrgUnits(ListOrgUnitsQuery list) =>
        Query("/xuat/danh-ba", ("search", list.Search), ("kind", list.Kind?.ToString()), ("includeInactive", list.IncludeInactive.ToString()),
            ("sortBy", list.SortBy.ToString()), ("descending", list.Descending.ToString()));

    public static string UnitGroups(string? search, bool includeInactive) =>
        Query("/xuat/nhom-don-vi", ("search", search), ("includeInactive", includeInactive.ToString()));

    public static string CalendarDays(int year) => $"/xuat/lich-nghi/{year}";

    public static string Findings(ListFindingsQuery list, ExportFormat format) =>
        Query("/xuat/phat-hien", ("format", format.ToString()), ("severity", list.Severity?.ToString()), ("state", list.State?.ToString()),
            ("unitId", list.UnitId?.ToString()), ("documentId", list.DocumentId?.ToString()), ("assignmentId", list.AssignmentId?.ToString()),
            ("from", list.From?.ToString("yyyy-MM-dd")), ("to", list.To?.ToString("yyyy-MM-dd")));

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/xuat").RequireAuthorization();
        exports.MapGet("/van-ban-di/{id:guid}", (Guid id, HttpContext context) => SendAsync(context, new ExportOutgoingDocumentQuery(id)));
        exports.MapGet("/bao-cao-thuc-hien/{documentId:guid}", (Guid documentId, OrgUnitKind? unitKind, ComplianceStatus? status, ExportFormat? format, HttpContext context) =>
            SendAsync(context, new ExportComplianceReportQuery(documentId, unitKind, status, format ?? ExportFormat.Pdf)));
        exports.MapGet("/lich-su-bao-cao", ([AsParameters] ExportUnitReportHistoryQuery query, HttpContext context) => SendAsync(context, query));
        exports.MapGet("/van-ban-den", ([AsParameters] ListIncomingDocumentsQuery list, HttpContext context) =>
            SendAsync(context, new ExportIncomingDocumentsQuery(list)));
        exports.MapGet("/van-ban-di", ([AsParameters] ListOutgoingDocumentsQuery list, HttpContext context) =>
            SendAsync(context, new ExportOutgoingDocumentsQuery(list)));
        exports.MapGet("/nhiem-vu", ([AsParameters] ListAssignmentsQuery list, HttpContext context) => SendAsync(context, new ExportAssignmentsQuery(list)));
        exports.MapGet("/nhiem-vu-cua-don-vi", (bool? includeCompleted, HttpContext context) =>
            SendAsync(context, new ExportMyAssignmentsQuery(includeCompleted ?? true)));
        // A handler of the context alone would be taken for a RequestDelegate, its result discarded.
        exports.MapGet("/bao-cao-cho-xem-xet", (Func<HttpContext, Task<IResult>>)(context => SendAsync(context, new ExportReviewQueueQuery())));
        exports.MapGet("/de-nghi-gia-han", (bool? pendingOnly, HttpContext context) => SendAsync(context, new ExportExtensionRequestsQuery(pendingOnly ?? false)));
        exports.MapGet("/danh-ba", ([AsParameters] ListOrgUnitsQuery list, HttpContext context) => SendAsync(context, new ExportOrgUnitsQuery(list)));
        exports.MapGet("/nhom-don-vi", ([AsParameters] ExportUnitGroupsQuery query, HttpContext context) => SendAsync(context, query));
        exports.MapGet("/lich-nghi/{year:int}", (int year, HttpContext context) => SendAsync(context, new ExportCalendarDaysQuery(year)));
        exports.MapGet("/phat-hien", ([AsParameters] ListFindingsQuery list, ExportFormat? format, HttpContext context) =>
            SendAsync(context, new ExportFindingsQuery(list, format ?? ExportFormat.Pdf)));
        return endpoints;
    }

    private static async Task<IResult> SendAsync(HttpContext context, IQuery<ExportFile> query)
    {
        // The request's scope already carries the signed-in user (see the middleware in Program).
        var mediator = context.RequestServices.GetRequiredService<IMediator>();
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<CoreResource>>();
        ExportFile file;
        try
        {
            file = await mediator.Send(query, context.RequestAborted);
        }
        catch (NotFoundException)
        {
            return Results.NotFound();
        }
        catch (ForbiddenAccessException)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (InputValidationException ex)
        {
            return Refused(string.Join(" ", ex.Errors.SelectMany(e => e.Value).Distinct()));
        }
        catch (DomainRuleException ex)
        {
            return Refused(text[ex.Message]);
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, no-store";
        // Results.File writes Content-Disposition: attachment with an ASCII filename and an RFC 5987 filename* in UTF-8.
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static ContentHttpResult Refused(string message) =>
        TypedResults.Content(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    private static string Query(string path, params (string Name, string? Value)[] parameters)
    {
        var present = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).ToList();
        return present.Count == 0
            ? path
            : $"{path}?{string.Join("&", present.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"))}";
    }
}
