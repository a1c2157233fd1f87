using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Tests.Domain.Identity;

public sealed class RolePermissionsTests
{
    /// <summary>Every role against every permission, as DESIGN §1 assigns the work.</summary>
    private static readonly (string Role, Permission Permission, bool Granted)[] Matrix =
    [
        (PortalRoles.Admin, Permission.ReadDirectory, true),
        (PortalRoles.Admin, Permission.ManageDirectory, true),
        (PortalRoles.Admin, Permission.ReadDocuments, false),
        (PortalRoles.Admin, Permission.RegisterIncoming, false),
        (PortalRoles.Admin, Permission.DirectIncoming, false),
        (PortalRoles.Admin, Permission.HandleIncoming, false),
        (PortalRoles.Admin, Permission.DraftOutgoing, false),
        (PortalRoles.Admin, Permission.ApproveOutgoing, false),
        (PortalRoles.Admin, Permission.IssueOutgoing, false),
        (PortalRoles.Admin, Permission.ReadTasks, false),
        (PortalRoles.Admin, Permission.ReportProgress, false),
        (PortalRoles.Admin, Permission.ReviewReports, false),
        (PortalRoles.Admin, Permission.DecideExtensions, false),
        (PortalRoles.Admin, Permission.ManageCalendar, true),
        (PortalRoles.Admin, Permission.ManageUsers, true),
        (PortalRoles.Admin, Permission.RecordFindings, false),
        (PortalRoles.Admin, Permission.ReadFindings, false),
        (PortalRoles.Admin, Permission.PublishNotices, false),
        (PortalRoles.Admin, Permission.ReadAuditLog, true),
        (PortalRoles.Leader, Permission.ReadDirectory, true),
        (PortalRoles.Leader, Permission.ManageDirectory, false),
        (PortalRoles.Leader, Permission.ReadDocuments, true),
        (PortalRoles.Leader, Permission.RegisterIncoming, false),
        (PortalRoles.Leader, Permission.DirectIncoming, true),
        (PortalRoles.Leader, Permission.HandleIncoming, false),
        (PortalRoles.Leader, Permission.DraftOutgoing, false),
        (PortalRoles.Leader, Permission.ApproveOutgoing, true),
        (PortalRoles.Leader, Permission.IssueOutgoing, false),
        (PortalRoles.Leader, Permission.ReadTasks, true),
        (PortalRoles.Leader, Permission.ReportProgress, false),
        (PortalRoles.Leader, Permission.ReviewReports, false),
        (PortalRoles.Leader, Permission.DecideExtensions, true),
        (PortalRoles.Leader, Permission.ManageCalendar, false),
        (PortalRoles.Leader, Permission.ManageUsers, false),
        (PortalRoles.Leader, Permission.RecordFindings, false),
        (PortalRoles.Leader, Permission.ReadFindings, true),
        (PortalRoles.Leader, Permission.PublishNotices, false),
        (PortalRoles.Leader, Permission.ReadAuditLog, false),
        (PortalRoles.Clerk, Permission.ReadDirectory, true),
        (PortalRoles.Clerk, Permission.ManageDirectory, false),
        (PortalRoles.Clerk, Permission.ReadDocuments, true),
        (PortalRoles.Clerk, Permission.RegisterIncoming, true),
        (PortalRoles.Clerk, Permission.DirectIncoming, false),
        (PortalRoles.Clerk, Permission.HandleIncoming, false),
        (PortalRoles.Clerk, Permission.DraftOutgoing, false),
        (PortalRoles.Clerk, Permission.ApproveOutgoing, false),
        (PortalRoles.Clerk, Permission.IssueOutgoing, true),
        (PortalRoles.Clerk, Permission.ReadTasks, true),
        (PortalRoles.Clerk, Permission.ReportProgress, false),
        (PortalRoles.Clerk, Permission.ReviewReports, false),
        (PortalRoles.Clerk, Permission.DecideExtensions, false),
        (PortalRoles.Clerk, Permission.ManageCalendar, false),
        (PortalRoles.Clerk, Permission.ManageUsers, false),
        (PortalRoles.Clerk, Permission.RecordFindings, false),
        (PortalRoles.Clerk, Permission.ReadFindings, false),
        (PortalRoles.Clerk, Permission.PublishNotices, true),
        (PortalRoles.Clerk, Permission.ReadAuditLog, false),
        (PortalRoles.Specialist, Permission.ReadDirectory, true),
        (PortalRoles.Specialist, Permission.ManageDirectory, false),
        (PortalRoles.Specialist, Permission.ReadDocuments, true),
        (PortalRoles.Specialist, Permission.RegisterIncoming, false),
        (PortalRoles.Specialist, Permission.DirectIncoming, false),
        (PortalRoles.Specialist, Permission.HandleIncoming, true),
        (PortalRoles.Specialist, Permission.DraftOutgoing, true),
        (PortalRoles.Specialist, Permission.ApproveOutgoing, false),
        (PortalRoles.Specialist, Permission.IssueOutgoing, false),
        (PortalRoles.Specialist, Permission.ReadTasks, true),
        (PortalRoles.Specialist, Permission.ReportProgress, false),
        (PortalRoles.Specialist, Permission.ReviewReports, true),
        (PortalRoles.Specialist, Permission.DecideExtensions, false),
        (PortalRoles.Specialist, Permission.ManageCalendar, false),
        (PortalRoles.Specialist, Permission.ManageUsers, false),
        (PortalRoles.Specialist, Permission.RecordFindings, false),
        (PortalRoles.Specialist, Permission.ReadFindings, true),
        (PortalRoles.Specialist, Permission.PublishNotices, false),
        (PortalRoles.Specialist, Permission.ReadAuditLog, false),
        (PortalRoles.Inspector, Permission.ReadDirectory, true),
        (PortalRoles.Inspector, Permission.ManageDirectory, false),
        (PortalRoles.Inspector, Permission.ReadDocuments, true),
        (PortalRoles.Inspector, Permission.RegisterIncoming, false),
        (PortalRoles.Inspector, Permission.DirectIncoming, false),
        (PortalRoles.Inspector, Permission.HandleIncoming, false),
        (PortalRoles.Inspector, Permission.DraftOutgoing, false),
        (PortalRoles.Inspector, Permission.ApproveOutgoing, false),
        (PortalRoles.Inspector, Permission.IssueOutgoing, false),
        (PortalRoles.Inspector, Permission.ReadTasks, true),
        (PortalRoles.Inspector, Permission.ReportProgress, false),
        (PortalRoles.Inspector, Permission.ReviewReports, false),
        (PortalRoles.Inspector, Permission.DecideExtensions, false),
        (PortalRoles.Inspector, Permission.ManageCalendar, false),
        (PortalRoles.Inspector, Permission.ManageUsers, false),
        (PortalRoles.Inspector, Permission.RecordFindings, true),
        (PortalRoles.Inspector, Permission.ReadFindings, true),
        (PortalRoles.Inspector, Permission.PublishNotices, false),
        (PortalRoles.Inspector, Permission.ReadAuditLog, true),
        (PortalRoles.UnitReporter, Permission.ReadDirectory, false),
        (PortalRoles.UnitReporter, Permission.ManageDirectory, false),
        (PortalRoles.UnitReporter, Permission.ReadDocuments, false),
        (PortalRoles.UnitReporter, Permission.RegisterIncoming, false),
        (PortalRoles.UnitReporter, Permission.DirectIncoming, false),
        (PortalRoles.UnitReporter, Permission.HandleIncoming, false),
        (PortalRoles.UnitReporter, Permission.DraftOutgoing, false),
        (PortalRoles.UnitReporter, Permission.ApproveOutgoing, false),
        (PortalRoles.UnitReporter, Permission.IssueOutgoing, false),
        (PortalRoles.UnitReporter, Permission.ReadTasks, false),
        (PortalRoles.UnitReporter, Permission.ReportProgress, true),
        (PortalRoles.UnitReporter, Permission.ReviewReports, false),
        (PortalRoles.UnitReporter, Permission.DecideExtensions, false),
        (PortalRoles.UnitReporter, Permission.ManageCalendar, false),
        (PortalRoles.UnitReporter, Permission.ManageUsers, false),
        (PortalRoles.UnitReporter, Permission.RecordFindings, false),
        (PortalRoles.UnitReporter, Permission.ReadFindings, false),
        (PortalRoles.UnitReporter, Permission.PublishNotices, false),
        (PortalRoles.UnitReporter, Permission.ReadAuditLog, false),
    ];

    public static TheoryData<string, Permission, bool> Grants
    {
        get
        {
            var data = new TheoryData<string, Permission, bool>();
            foreach (var (role, permission, granted) in Matrix)
                data.Add(role, permission, granted);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Grants))]
    public void Role_grants_exactly_its_permissions(string role, Permission permission, bool granted)
    {
        var result = RolePermissions.Grants([role], permission);

        Assert.Equal(granted, result);
    }

    [Fact]
    public void Every_role_and_permission_is_specified()
    {
        var specified = Matrix.Select(row => (row.Role, row.Permission)).ToHashSet();

        var all = PortalRoles.All.SelectMany(_ => Enum.GetValues<Permission>(), (role, permission) => (role, permission));

        Assert.All(all, pair => Assert.Contains(pair, specified));
    }

    [Fact]
    public void Unit_reporter_is_granted_only_the_reporting_of_its_own_work()
    {
        var granted = Enum.GetValues<Permission>().Where(p => RolePermissions.Grants([PortalRoles.UnitReporter], p));

        Assert.Equal([Permission.ReportProgress], granted);
    }

    [Fact]
    public void Inspector_changes_no_document_or_report_and_only_records_findings_and_reads_the_audit_log()
    {
        var granted = Enum.GetValues<Permission>().Where(p => RolePermissions.Grants([PortalRoles.Inspector], p));

        Assert.Equal([Permission.ReadDirectory, Permission.ReadDocuments, Permission.ReadTasks, Permission.RecordFindings, Permission.ReadFindings, Permission.ReadAuditLog], granted);
    }

    [Fact]
    public void Roles_add_up_their_permissions()
    {
        var granted = RolePermissions.Grants([PortalRoles.UnitReporter, PortalRoles.Admin], Permission.ManageDirectory);

        Assert.True(granted);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("Administrator")]
    [InlineData("")]
    public void Unknown_or_misspelt_role_grants_nothing(string role)
    {
        var granted = Enum.GetValues<Permission>().Where(p => RolePermissions.Grants([role], p));

        Assert.Empty(granted);
    }

    [Fact]
    public void User_without_roles_is_granted_nothing()
    {
        var granted = Enum.GetValues<Permission>().Where(p => RolePermissions.Grants([], p));

        Assert.Empty(granted);
    }
}
