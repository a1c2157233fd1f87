using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Paging;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Features.Tasks;

namespace SoTTTT.Portal.Core.Features.Exports;

// Every list of the portal as a workbook: the list's own filters, its own permission and visibility,
// every row (up to ListExports.MaxRows) instead of one page.

/// <summary>Sổ văn bản đến, filtered as on screen.</summary>
[RequiresPermission(Permission.ReadDocuments)]
public sealed record ExportIncomingDocumentsQuery(ListIncomingDocumentsQuery List) : IQuery<ExportFile>;

/// <summary>Sổ văn bản đi, filtered as on screen; a recipient unit's list holds only what it received.</summary>
public sealed record ExportOutgoingDocumentsQuery(ListOutgoingDocumentsQuery List) : IQuery<ExportFile>;

/// <summary>The department's list of assignments, filtered as on screen.</summary>
[RequiresPermission(Permission.ReadTasks)]
public sealed record ExportAssignmentsQuery(ListAssignmentsQuery List) : IQuery<ExportFile>;

/// <summary>The reporter's own unit's assignments.</summary>
[RequiresPermission(Permission.ReportProgress)]
public sealed record ExportMyAssignmentsQuery(bool IncludeCompleted = true) : IQuery<ExportFile>;

[RequiresPermission(Permission.ReviewReports)]
public sealed record ExportReviewQueueQuery : IQuery<ExportFile>;

[RequiresPermission(Permission.ReadTasks)]
public sealed record ExportExtensionRequestsQuery(bool PendingOnly = false) : IQuery<ExportFile>;

[RequiresPermission(Permission.ReadDirectory)]
public sealed record ExportOrgUnitsQuery(ListOrgUnitsQuery List) : IQuery<ExportFile>;

/// <summary>The unit groups with their members, one row per member, in the group's order.</summary>
[RequiresPermission(Permission.ReadDirectory)]
public sealed record ExportUnitGroupsQuery(string? Search = null, bool IncludeInactive = false) : IQuery<ExportFile>;

public sealed record ExportCalendarDaysQuery(int Year) : IQuery<ExportFile>;

internal static class ListExports
{
    public const int MaxRows = 50_000;

    /// <summary>Reads a paged list page after page, the largest page the list allows, until it ends.</summary>
    public static async Task<List<T>> AllPagesAsync<T>(Func<int, int, ValueTask<PagedResult<T>>> readPage)
    {
        var all = new List<T>();
        for (var number = 1; ; number++)
        {
            var page = await readPage(number, Paging.MaxPageSize);
            all.AddRange(page.Items);
            if (page.Items.Count < page.PageSize || number >= page.PageCount || all.Count >= MaxRows)
                return all;
        }
    }

    public static async ValueTask<ExportFile> WorkbookAsync(IExcelWriter excel, string stem, TimeProvider clock, ExcelSheet sheet, CancellationToken cancellationToken)
    {
        var content = await Task.Run(() => excel.Write(sheet), cancellationToken);
        return new ExportFile($"{stem}-{clock.Today():yyyy-MM-dd}.xlsx", ExportFile.ExcelContentType, content);
    }

    public static DateTime? Local(DateTime? utc) => utc is { } value ? PortalTime.ToLocal(value) : null;

    public static ExcelSheet Assignments(string name, IEnumerable<AssignmentRow> rows) => new(
        name,
        [new("Văn bản", Width: 24), new("Ngày ban hành", ExcelValueKind.Date, 14), new("Mục", ExcelValueKind.Number, 8), new("Nhiệm vụ", Width: 40),
         new("Đơn vị", Width: 36), new("Vai trò", Width: 12), new("Hạn ban đầu", ExcelValueKind.Date, 14), new("Hạn xử lý", ExcelValueKind.Date, 14),
         new("Trạng thái", Width: 28), new("Sắp đến hạn", Width: 12), new("Ngày hoàn thành", ExcelValueKind.Date, 16),
         new("Ngày tiếp nhận", ExcelValueKind.DateTime, 18), new("Báo cáo gần nhất", ExcelValueKind.DateTime, 18),
         new("Tiến độ (%)", ExcelValueKind.Percent, 12), new("Báo cáo chờ xem xét", ExcelValueKind.Number, 14), new("Đang xin gia hạn", Width: 14)],
        rows.Select(r => (IReadOnlyList<object?>)[
            r.DocumentNumberAndSymbol, r.DocumentIssuedOn, r.SectionNumber, r.TaskTitle, r.UnitName, VietnameseTerms.Of(r.Role),
            r.OriginalDueDate, r.DueDate, VietnameseTerms.Of(r.Standing.Status), r.Standing.DueSoon ? "Có" : null, r.CompletedOn,
            Local(r.AcknowledgedAtUtc), Local(r.LastReportAtUtc), r.PercentDone, r.ReportsAwaitingReview, r.ExtensionPending ? "Có" : null]));
}

public sealed class ExportIncomingDocumentsHandler(IPortalDbContext db, IExcelWriter excel, TimeProvider clock)
    : IQueryHandler<ExportIncomingDocumentsQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportIncomingDocumentsQuery query, CancellationToken cancellationToken)
    {
        var list = new ListIncomingDocumentsHandler(db);
        var rows = await ListExports.AllPagesAsync((page, size) => list.Handle(query.List with { Page = page, PageSize = size }, cancellationToken));
        return await ListExports.WorkbookAsync(excel, "So-van-ban-den", clock, new ExcelSheet(
            "Văn bản đến",
            [new("Năm", ExcelValueKind.Number, 8), new("Số đến", ExcelValueKind.Number, 10), new("Ngày đến", ExcelValueKind.Date, 13),
             new("Số, ký hiệu", Width: 22), new("Loại văn bản", Width: 14), new("Cơ quan ban hành", Width: 32), new("Ngày văn bản", ExcelValueKind.Date, 13),
             new("Trích yếu", Width: 60), new("Độ khẩn", Width: 12), new("Tình trạng", Width: 22), new("Hạn xử lý", ExcelValueKind.Date, 13)],
            rows.Select(d => (IReadOnlyList<object?>)[
                d.ArrivalYear, d.ArrivalNumber, d.ReceivedOn, d.NumberSymbol, DocumentTypes.Name(d.Type), d.IssuingAgency, d.IssuedOn, d.Summary,
                VietnameseTerms.Of(d.Urgency), VietnameseTerms.Of(d.Status), d.Deadline])), cancellationToken);
    }
}

public sealed class ExportOutgoingDocumentsHandler(IPortalDbContext db, IResourceAuthorizer authorizer, ICurrentUser user, IExcelWriter excel, TimeProvider clock)
    : IQueryHandler<ExportOutgoingDocumentsQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportOutgoingDocumentsQuery query, CancellationToken cancellationToken)
    {
        var list = new ListOutgoingDocumentsHandler(db, authorizer, user);
        var rows = await ListExports.AllPagesAsync((page, size) => list.Handle(query.List with { Page = page, PageSize = size }, cancellationToken));
        return await ListExports.WorkbookAsync(excel, "So-van-ban-di", clock, new ExcelSheet(
            "Văn bản đi",
            [new("Số, ký hiệu", Width: 24), new("Loại văn bản", Width: 14), new("Ngày ban hành", ExcelValueKind.Date, 14),
             new("Trích yếu", Width: 70), new("Đơn vị soạn thảo", Width: 16), new("Tình trạng", Width: 24)],
            rows.Select(d => (IReadOnlyList<object?>)[
                d.NumberAndSymbol, DocumentTypes.Name(d.Type), d.IssuedOn, d.Summary, d.DraftingUnitCode, VietnameseTerms.Of(d.Status)])), cancellationToken);
    }
}

public sealed class ExportAssignmentsHandler(IPortalDbContext db, TimeProvider clock, IOptions<TaskOptions> options, IExcelWriter excel)
    : IQueryHandler<ExportAssignmentsQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportAssignmentsQuery query, CancellationToken cancellationToken)
    {
        var day = await TaskDay.LoadAsync(db, clock, options.Value, cancellationToken);
        var rows = await AssignmentListing.AllAsync(db, AssignmentFilters.Apply(db, db.Assignments, query.List, day), ListExports.MaxRows, day, cancellationToken);
        return await ListExports.WorkbookAsync(excel, "Theo-doi-nhiem-vu", clock, ListExports.Assignments("Nhiệm vụ", rows), cancellationToken);
    }
}

public sealed class ExportMyAssignmentsHandler(IPortalDbContext db, ICurrentUser user, TimeProvider clock, IOptions<TaskOptions> options, IExcelWriter excel)
    : IQueryHandler<ExportMyAssignmentsQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportMyAssignmentsQuery query, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId;
        var mine = db.Assignments.Where(a => a.UnitId == unitId);
        if (!query.IncludeCompleted)
            mine = mine.Where(a => a.CompletedOn == null);
        var rows = await AssignmentListing.AllAsync(db, mine, ListExports.MaxRows, await TaskDay.LoadAsync(db, clock, options.Value, cancellationToken), cancellationToken);
        return await ListExports.WorkbookAsync(excel, "Nhiem-vu-cua-don-vi", clock, ListExports.Assignments("Nhiệm vụ của đơn vị", rows), cancellationToken);
    }
}

public sealed class ExportReviewQueueHandler(IPortalDbContext db, IExcelWriter excel, TimeProvider clock)
    : IQueryHandler<ExportReviewQueueQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportReviewQueueQuery query, CancellationToken cancellationToken)
    {
        var list = new ListReportsAwaitingReviewHandler(db);
        var rows = await ListExports.AllPagesAsync((page, size) => list.Handle(new ListReportsAwaitingReviewQuery(page, size), cancellationToken));
        return await ListExports.WorkbookAsync(excel, "Bao-cao-cho-xem-xet", clock, new ExcelSheet(
            "Báo cáo chờ xem xét",
            [new("Đơn vị", Width: 36), new("Nhiệm vụ", Width: 40), new("Văn bản", Width: 24), new("Từ ngày", ExcelValueKind.Date, 13),
             new("Đến ngày", ExcelValueKind.Date, 13), new("Tiến độ (%)", ExcelValueKind.Percent, 12), new("Báo cáo hoàn thành", Width: 12),
             new("Ngày gửi", ExcelValueKind.DateTime, 18)],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.UnitName, r.TaskTitle, r.DocumentNumberAndSymbol, r.PeriodFrom, r.PeriodTo, r.PercentDone, r.ClaimsCompletion ? "Có" : "Không",
                PortalTime.ToLocal(r.SubmittedAtUtc)])), cancellationToken);
    }
}

public sealed class ExportExtensionRequestsHandler(IPortalDbContext db, IExcelWriter excel, TimeProvider clock)
    : IQueryHandler<ExportExtensionRequestsQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportExtensionRequestsQuery query, CancellationToken cancellationToken)
    {
        var list = new ListExtensionRequestsHandler(db);
        var rows = await ListExports.AllPagesAsync((page, size) => list.Handle(new ListExtensionRequestsQuery(query.PendingOnly, page, size), cancellationToken));
        return await ListExports.WorkbookAsync(excel, "De-nghi-gia-han", clock, new ExcelSheet(
            "Đề nghị gia hạn",
            [new("Đơn vị", Width: 36), new("Nhiệm vụ", Width: 40), new("Hạn hiện tại", ExcelValueKind.Date, 14), new("Hạn đề nghị", ExcelValueKind.Date, 14),
             new("Lý do", Width: 50), new("Ngày đề nghị", ExcelValueKind.DateTime, 18), new("Tình trạng", Width: 18), new("Ý kiến", Width: 40)],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.UnitName, r.TaskTitle, r.CurrentDueDate, r.RequestedDueDate, r.Reason, PortalTime.ToLocal(r.RequestedAtUtc),
                VietnameseTerms.Of(r.Status), r.DecisionNote])), cancellationToken);
    }
}

public sealed class ExportOrgUnitsHandler(IPortalDbContext db, IExcelWriter excel, TimeProvider clock)
    : IQueryHandler<ExportOrgUnitsQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportOrgUnitsQuery query, CancellationToken cancellationToken)
    {
        var list = new ListOrgUnitsHandler(db);
        var rows = await ListExports.AllPagesAsync((page, size) => list.Handle(query.List with { Page = page, PageSize = size }, cancellationToken));
        return await ListExports.WorkbookAsync(excel, "Danh-ba-don-vi", clock, new ExcelSheet(
            "Đơn vị",
            [new("Mã", Width: 12), new("Tên đầy đủ", Width: 50), new("Tên ngắn", Width: 30), new("Loại đơn vị", Width: 30), new("Thuộc Sở", Width: 10),
             new("Đơn vị cấp trên", Width: 30), new("Đang hoạt động", Width: 12), new("Ngừng hoạt động từ", ExcelValueKind.Date, 16), new("Đơn vị kế thừa", Width: 30)],
            rows.Select(u => (IReadOnlyList<object?>)[
                u.Code, u.FullName, u.ShortName, VietnameseTerms.Of(u.Kind), u.IsInternal ? "Có" : "Không", u.ParentName,
                u.IsActive ? "Có" : "Không", u.ActiveTo, u.SuccessorName])), cancellationToken);
    }
}

public sealed class ExportCalendarDaysHandler(IPortalDbContext db, IExcelWriter excel, TimeProvider clock)
    : IQueryHandler<ExportCalendarDaysQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportCalendarDaysQuery query, CancellationToken cancellationToken)
    {
        var days = await new ListCalendarDaysHandler(db).Handle(new ListCalendarDaysQuery(query.Year), cancellationToken);
        return await ListExports.WorkbookAsync(excel, $"Lich-nghi-{query.Year}", clock, new ExcelSheet(
            $"Lịch nghỉ {query.Year}",
            [new("Ngày", ExcelValueKind.Date, 13), new("Thứ", Width: 12), new("Tên", Width: 40), new("Loại ngày", Width: 24)],
            days.Select(d => (IReadOnlyList<object?>)[d.Date, VietnameseTerms.Of(d.Date.DayOfWeek), d.Name, VietnameseTerms.Of(d.Kind)])), cancellationToken);
    }
}

public sealed class ExportUnitGroupsHandler(IPortalDbContext db, IExcelWriter excel, TimeProvider clock)
    : IQueryHandler<ExportUnitGroupsQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportUnitGroupsQuery query, CancellationToken cancellationToken)
    {
        var groups = db.UnitGroups.AsNoTracking();
        if (!query.IncludeInactive)
            groups = groups.Where(g => g.IsActive);
        var search = VietnameseText.Fold(query.Search);
        if (search.Length > 0)
            groups = groups.Where(g => g.SearchText.Contains(search));
        var rows = await (
                from g in groups
                from m in g.Members
                join u in db.OrgUnits on m.UnitId equals u.Id
                orderby g.Name, m.Position
                select new { g.Code, g.Name, g.IsActive, m.Position, UnitCode = u.Code, u.FullName, u.Kind })
            .Take(ListExports.MaxRows)
            .ToListAsync(cancellationToken);
        return await ListExports.WorkbookAsync(excel, "Nhom-don-vi", clock, new ExcelSheet(
            "Nhóm đơn vị",
            [new("Mã nhóm", Width: 12), new("Tên nhóm", Width: 50), new("Đang sử dụng", Width: 12), new("Thứ tự", ExcelValueKind.Number, 8),
             new("Mã đơn vị", Width: 12), new("Đơn vị thành viên", Width: 50), new("Loại đơn vị", Width: 30)],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.Code, r.Name, r.IsActive ? "Có" : "Không", r.Position, r.UnitCode, r.FullName, VietnameseTerms.Of(r.Kind)])), cancellationToken);
    }
}
