using System.Reflection;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Features.Attachments;
using SoTTTT.Portal.Core.Features.Audit;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Exports;
using SoTTTT.Portal.Core.Features.Inspection;
using SoTTTT.Portal.Core.Features.Notices;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Core.Features.Users;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// Who may send each mediator message past the authorization behaviour: anyone, any signed-in user, or the
/// roles that hold a permission. The roles' permissions are written out here again, on purpose: a change to
/// <see cref="RolePermissions"/> must be made in both places.
/// </summary>
public static class MessageMatrix
{
    public sealed record Access(bool Anonymous, Permission? Permission)
    {
        public bool Allows(string? role) =>
            Anonymous || (role is not null && (Permission is not { } permission || Roles[role].Contains(permission)));

        public override string ToString() =>
            Anonymous ? "Anyone" : Permission is { } permission ? $"Needs(Permission.{permission})" : "SignedIn";
    }

    private static readonly Access Anyone = new(true, null);
    private static readonly Access SignedIn = new(false, null);

    private static Access Needs(Permission permission) => new(false, permission);

    /// <summary>The permissions each role holds, as DESIGN §1 gives them.</summary>
    private static readonly Dictionary<string, Permission[]> Roles = new(StringComparer.Ordinal)
    {
        [PortalRoles.Admin] = [Permission.ReadDirectory, Permission.ManageDirectory, Permission.ManageCalendar, Permission.ManageUsers, Permission.ReadAuditLog],
        [PortalRoles.Leader] =
        [
            Permission.ReadDirectory, Permission.ReadDocuments, Permission.DirectIncoming, Permission.ApproveOutgoing,
            Permission.ReadTasks, Permission.DecideExtensions, Permission.ReadFindings,
        ],
        [PortalRoles.Clerk] =
        [
            Permission.ReadDirectory, Permission.ReadDocuments, Permission.RegisterIncoming, Permission.IssueOutgoing,
            Permission.ReadTasks, Permission.PublishNotices,
        ],
        [PortalRoles.Specialist] =
        [
            Permission.ReadDirectory, Permission.ReadDocuments, Permission.HandleIncoming, Permission.DraftOutgoing,
            Permission.ReadTasks, Permission.ReviewReports, Permission.ReadFindings,
        ],
        [PortalRoles.Inspector] =
        [
            Permission.ReadDirectory, Permission.ReadDocuments, Permission.ReadTasks, Permission.RecordFindings, Permission.ReadFindings,
            Permission.ReadAuditLog,
        ],
        [PortalRoles.UnitReporter] = [Permission.ReportProgress],
    };

    /// <summary>What a message's attributes say, written as a matrix entry (for the failure message of a new message).</summary>
    public static string Describe(Type message) =>
        (message.IsDefined(typeof(AllowAnonymousAttribute)) ? Anyone
            : message.GetCustomAttribute<RequiresPermissionAttribute>() is { } required ? Needs(required.Permission)
            : SignedIn).ToString();

    public static IReadOnlyDictionary<Type, Access> Expected { get; } = new Dictionary<Type, Access>
    {
        [typeof(ListUsersInRoleQuery)] = Needs(Permission.ReadDocuments),
        [typeof(ListUsersQuery)] = Needs(Permission.ManageUsers),
        [typeof(GetUserQuery)] = Needs(Permission.ManageUsers),
        [typeof(CreateUserCommand)] = Needs(Permission.ManageUsers),
        [typeof(UpdateUserCommand)] = Needs(Permission.ManageUsers),
        [typeof(DisableUserCommand)] = Needs(Permission.ManageUsers),
        [typeof(EnableUserCommand)] = Needs(Permission.ManageUsers),
        [typeof(ResetPasswordCommand)] = Needs(Permission.ManageUsers),
        [typeof(ForceSignOutCommand)] = Needs(Permission.ManageUsers),
        [typeof(ChaseUnreportedUnitsCommand)] = Needs(Permission.ReviewReports),
        [typeof(DraftChasingDispatchCommand)] = Needs(Permission.DraftOutgoing),
        [typeof(ApproveExtensionCommand)] = Needs(Permission.DecideExtensions),
        [typeof(RefuseExtensionCommand)] = Needs(Permission.DecideExtensions),
        [typeof(GetAssignmentQuery)] = SignedIn,
        [typeof(GetComplianceSummaryQuery)] = Needs(Permission.ReadTasks),
        [typeof(ListMyAssignmentsQuery)] = Needs(Permission.ReportProgress),
        [typeof(ListAssignmentsQuery)] = Needs(Permission.ReadTasks),
        [typeof(CountMyAssignmentsQuery)] = Needs(Permission.ReportProgress),
        [typeof(ListDocumentTasksQuery)] = Needs(Permission.ReadTasks),
        [typeof(GetDirectiveTaskQuery)] = Needs(Permission.ReadTasks),
        [typeof(AddDirectiveTaskCommand)] = Needs(Permission.DraftOutgoing),
        [typeof(UpdateDirectiveTaskCommand)] = Needs(Permission.DraftOutgoing),
        [typeof(RemoveDirectiveTaskCommand)] = Needs(Permission.DraftOutgoing),
        [typeof(AcknowledgeAssignmentCommand)] = Needs(Permission.ReportProgress),
        [typeof(SubmitProgressReportCommand)] = Needs(Permission.ReportProgress),
        [typeof(RequestExtensionCommand)] = Needs(Permission.ReportProgress),
        [typeof(AcceptProgressReportCommand)] = Needs(Permission.ReviewReports),
        [typeof(RequestMoreInformationCommand)] = Needs(Permission.ReviewReports),
        [typeof(ListReportsAwaitingReviewQuery)] = Needs(Permission.ReviewReports),
        [typeof(ListExtensionRequestsQuery)] = Needs(Permission.ReadTasks),
        [typeof(CreateOrgUnitCommand)] = Needs(Permission.ManageDirectory),
        [typeof(CreateUnitGroupCommand)] = Needs(Permission.ManageDirectory),
        [typeof(DeactivateOrgUnitCommand)] = Needs(Permission.ManageDirectory),
        [typeof(ReactivateOrgUnitCommand)] = Needs(Permission.ManageDirectory),
        [typeof(GetDirectorySummaryQuery)] = Needs(Permission.ReadDirectory),
        [typeof(GetOrgUnitQuery)] = SignedIn,
        [typeof(ListOrgUnitsQuery)] = Needs(Permission.ReadDirectory),
        [typeof(ListUnitGroupsQuery)] = Needs(Permission.ReadDirectory),
        [typeof(GetUnitGroupQuery)] = Needs(Permission.ReadDirectory),
        [typeof(ListUnitOptionsQuery)] = Needs(Permission.ReadDirectory),
        [typeof(UpdateOrgUnitCommand)] = Needs(Permission.ManageDirectory),
        [typeof(UpdateUnitGroupCommand)] = Needs(Permission.ManageDirectory),
        [typeof(SetUnitGroupActiveCommand)] = Needs(Permission.ManageDirectory),
        [typeof(ListMyNotificationsQuery)] = SignedIn,
        [typeof(CountMyUnreadNotificationsQuery)] = SignedIn,
        [typeof(MarkNotificationsReadCommand)] = SignedIn,
        [typeof(GetNoticeQuery)] = Needs(Permission.PublishNotices),
        [typeof(GetNoticeDraftQuery)] = Needs(Permission.PublishNotices),
        [typeof(GetPublishedNoticeQuery)] = Anyone,
        [typeof(ListNoticesQuery)] = Needs(Permission.PublishNotices),
        [typeof(ListPublishedNoticesQuery)] = Anyone,
        [typeof(PublishNoticeCommand)] = Needs(Permission.PublishNotices),
        [typeof(RepublishNoticeCommand)] = Needs(Permission.PublishNotices),
        [typeof(UnpublishNoticeCommand)] = Needs(Permission.PublishNotices),
        [typeof(UpdateNoticeCommand)] = Needs(Permission.PublishNotices),
        [typeof(ListAuditEntriesQuery)] = Needs(Permission.ReadAuditLog),
        [typeof(GetAuditEntryQuery)] = Needs(Permission.ReadAuditLog),
        [typeof(VerifyAuditChainQuery)] = Needs(Permission.ReadAuditLog),
        [typeof(ListSignInHistoryQuery)] = Needs(Permission.ReadAuditLog),
        [typeof(EvaluateUnitComplianceCommand)] = Needs(Permission.RecordFindings),
        [typeof(ExportFindingsQuery)] = Needs(Permission.ReadFindings),
        [typeof(GetFindingQuery)] = Needs(Permission.ReadFindings),
        [typeof(ListEvaluationsQuery)] = Needs(Permission.ReadFindings),
        [typeof(ListFindingsQuery)] = Needs(Permission.ReadFindings),
        [typeof(RecordFindingCommand)] = Needs(Permission.RecordFindings),
        [typeof(UpdateFindingFollowUpCommand)] = Needs(Permission.RecordFindings),
        [typeof(DraftSummaryReportCommand)] = Needs(Permission.DraftOutgoing),
        [typeof(ExportComplianceReportQuery)] = Needs(Permission.ReadTasks),
        [typeof(ExportIncomingDocumentsQuery)] = Needs(Permission.ReadDocuments),
        [typeof(ExportOutgoingDocumentsQuery)] = SignedIn,
        [typeof(ExportAssignmentsQuery)] = Needs(Permission.ReadTasks),
        [typeof(ExportMyAssignmentsQuery)] = Needs(Permission.ReportProgress),
        [typeof(ExportReviewQueueQuery)] = Needs(Permission.ReviewReports),
        [typeof(ExportExtensionRequestsQuery)] = Needs(Permission.ReadTasks),
        [typeof(ExportOrgUnitsQuery)] = Needs(Permission.ReadDirectory),
        [typeof(ExportUnitGroupsQuery)] = Needs(Permission.ReadDirectory),
        [typeof(ExportCalendarDaysQuery)] = SignedIn,
        [typeof(ExportOutgoingDocumentQuery)] = SignedIn,
        [typeof(ListUnitReportsQuery)] = SignedIn,
        [typeof(ExportUnitReportHistoryQuery)] = SignedIn,
        [typeof(ListUnitDirectivesQuery)] = SignedIn,
        [typeof(CorrectIncomingDocumentCommand)] = Needs(Permission.RegisterIncoming),
        [typeof(DirectIncomingDocumentCommand)] = Needs(Permission.DirectIncoming),
        [typeof(GetIncomingDocumentQuery)] = Needs(Permission.ReadDocuments),
        [typeof(GetMyDocumentWorkQuery)] = SignedIn,
        [typeof(GetOutgoingDocumentQuery)] = SignedIn,
        [typeof(ListIncomingDocumentsQuery)] = Needs(Permission.ReadDocuments),
        [typeof(ListOutgoingDocumentsQuery)] = SignedIn,
        [typeof(SubmitOutgoingDocumentCommand)] = Needs(Permission.DraftOutgoing),
        [typeof(ReturnOutgoingDocumentCommand)] = Needs(Permission.ApproveOutgoing),
        [typeof(ApproveOutgoingDocumentCommand)] = Needs(Permission.ApproveOutgoing),
        [typeof(IssueOutgoingDocumentCommand)] = Needs(Permission.IssueOutgoing),
        [typeof(RecordIncomingHandlingCommand)] = Needs(Permission.HandleIncoming),
        [typeof(RegisterIncomingDocumentCommand)] = Needs(Permission.RegisterIncoming),
        [typeof(CreateOutgoingDraftCommand)] = Needs(Permission.DraftOutgoing),
        [typeof(UpdateOutgoingDraftCommand)] = Needs(Permission.DraftOutgoing),
        [typeof(SendIncomingForDirectionCommand)] = Needs(Permission.RegisterIncoming),
        [typeof(GetComplianceMatrixQuery)] = Needs(Permission.ReadTasks),
        [typeof(GetDashboardQuery)] = Needs(Permission.ReadTasks),
        [typeof(GetDirectiveTimelineQuery)] = Needs(Permission.ReadTasks),
        [typeof(GetUnitRecordQuery)] = SignedIn,
        [typeof(AddCalendarDayCommand)] = Needs(Permission.ManageCalendar),
        [typeof(AddHolidaysOfYearCommand)] = Needs(Permission.ManageCalendar),
        [typeof(DeleteCalendarDayCommand)] = Needs(Permission.ManageCalendar),
        [typeof(ListCalendarDaysQuery)] = SignedIn,
        [typeof(UpdateCalendarDayCommand)] = Needs(Permission.ManageCalendar),
        [typeof(DeleteAttachmentCommand)] = SignedIn,
        [typeof(GetAttachmentContentQuery)] = SignedIn,
        [typeof(ListAttachmentsQuery)] = SignedIn,
        [typeof(UploadAttachmentCommand)] = SignedIn,
    };
}
