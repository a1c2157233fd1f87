namespace SoTTTT.Portal.Core.Domain.Identity;

/// <summary>What a message may require of its sender. Roles grant permissions (see <see cref="RolePermissions"/>).</summary>
public enum Permission
{
    /// <summary>Read the organisation directory (units and groups).</summary>
    ReadDirectory,
    /// <summary>Create, edit and deactivate units and groups.</summary>
    ManageDirectory,
    /// <summary>Read every incoming and outgoing document (a unit reporter reads only what is sent to it).</summary>
    ReadDocuments,
    /// <summary>Enter incoming documents in the register and send them for direction (văn thư).</summary>
    RegisterIncoming,
    /// <summary>Write the direction on an incoming document (lãnh đạo).</summary>
    DirectIncoming,
    /// <summary>Record the handling of a directed incoming document.</summary>
    HandleIncoming,
    /// <summary>Draft outgoing documents and submit them (chuyên viên).</summary>
    DraftOutgoing,
    /// <summary>Approve or return submitted drafts (lãnh đạo).</summary>
    ApproveOutgoing,
    /// <summary>Number, date and issue approved documents (văn thư).</summary>
    IssueOutgoing,
    /// <summary>Read every directive's tasks, assignments and reports (a unit reporter reads only its own unit's).</summary>
    ReadTasks,
    /// <summary>Acknowledge, report on and ask to extend the own unit's assignments (cán bộ đơn vị).</summary>
    ReportProgress,
    /// <summary>Review units' reports, chase units that have not reported (chuyên viên theo dõi).</summary>
    ReviewReports,
    /// <summary>Approve or refuse extensions (lãnh đạo).</summary>
    DecideExtensions,
    /// <summary>Keep the calendar of holidays, days off and working weekends.</summary>
    ManageCalendar,
    /// <summary>Record inspection findings, update their follow-up and evaluate units' compliance (thanh tra).</summary>
    RecordFindings,
    /// <summary>Read inspection findings and compliance evaluations.</summary>
    ReadFindings,
    /// <summary>Publish, edit and withdraw public notices for citizens (văn thư).</summary>
    PublishNotices,
    /// <summary>Create, edit, disable and reset the accounts of the portal, and end their sessions.</summary>
    ManageUsers,
    /// <summary>Read the audit log and check that its chain is intact (quản trị, thanh tra).</summary>
    ReadAuditLog,
}

public static class RolePermissions
{
    private static readonly Dictionary<string, Permission[]> Granted = new(StringComparer.Ordinal)
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
        // Thanh tra reads everything and changes no document or report: it records only its own findings and evaluations.
        [PortalRoles.Inspector] =
        [
            Permission.ReadDirectory, Permission.ReadDocuments, Permission.ReadTasks, Permission.RecordFindings, Permission.ReadFindings,
            Permission.ReadAuditLog,
        ],
        // A unit reporter sees its own unit only; it reads nothing of the directory as a whole.
        [PortalRoles.UnitReporter] = [Permission.ReportProgress],
    };

    public static bool Grants(IEnumerable<string> roles, Permission permission) =>
        roles.Any(role => Granted.TryGetValue(role, out var permissions) && permissions.Contains(permission));
}
