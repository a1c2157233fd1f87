using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Tasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectiveTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SectionNumber = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    DeadlineKind = table.Column<int>(type: "int", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkingDays = table.Column<int>(type: "int", nullable: true),
                    CutOffDay = table.Column<int>(type: "int", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectiveTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectiveTasks_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<int>(type: "int", nullable: false),
                    ViaGroupId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DeadlineKind = table.Column<int>(type: "int", nullable: false),
                    CutOffDay = table.Column<int>(type: "int", nullable: true),
                    OriginalDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AssignedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AcknowledgedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    LastReportAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReportCount = table.Column<int>(type: "int", nullable: false),
                    PercentDone = table.Column<int>(type: "int", nullable: false),
                    ReportsAwaitingReview = table.Column<int>(type: "int", nullable: false),
                    ExtensionPending = table.Column<bool>(type: "bit", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletingReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignments_DirectiveTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "DirectiveTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_UnitGroups_ViaGroupId",
                        column: x => x.ViaGroupId,
                        principalTable: "UnitGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    UnitOfMeasure = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Target = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskIndicators_DirectiveTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "DirectiveTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskPlannedAssignees",
                columns: table => new
                {
                    Position = table.Column<int>(type: "int", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    GroupId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Role = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskPlannedAssignees", x => new { x.TaskId, x.Position });
                    table.ForeignKey(
                        name: "FK_TaskPlannedAssignees_DirectiveTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "DirectiveTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaskPlannedAssignees_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskPlannedAssignees_UnitGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "UnitGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExtensionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CurrentDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RequestedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DecidedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExtensionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExtensionRequests_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Narrative = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    PercentDone = table.Column<int>(type: "int", nullable: false),
                    UnitReportNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ClaimsCompletion = table.Column<bool>(type: "bit", nullable: false),
                    SubmittedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ReviewedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReviewNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reminders_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportIndicatorValues",
                columns: table => new
                {
                    IndicatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportIndicatorValues", x => new { x.ReportId, x.IndicatorId });
                    table.ForeignKey(
                        name: "FK_ReportIndicatorValues_ProgressReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_CompletedOn_DueDate",
                table: "Assignments",
                columns: new[] { "CompletedOn", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_DocumentId_UnitId",
                table: "Assignments",
                columns: new[] { "DocumentId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_TaskId_UnitId",
                table: "Assignments",
                columns: new[] { "TaskId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_UnitId_CompletedOn_DueDate",
                table: "Assignments",
                columns: new[] { "UnitId", "CompletedOn", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_ViaGroupId",
                table: "Assignments",
                column: "ViaGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDays_Date",
                table: "CalendarDays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_DocumentId_SectionNumber",
                table: "DirectiveTasks",
                columns: new[] { "DocumentId", "SectionNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_AssignmentId",
                table: "ExtensionRequests",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_Status_RequestedAtUtc",
                table: "ExtensionRequests",
                columns: new[] { "Status", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_AssignmentId_Sequence",
                table: "ProgressReports",
                columns: new[] { "AssignmentId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_DocumentId_UnitId",
                table: "ProgressReports",
                columns: new[] { "DocumentId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_Status_SubmittedAtUtc",
                table: "ProgressReports",
                columns: new[] { "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_AssignmentId_Kind_DueDate",
                table: "Reminders",
                columns: new[] { "AssignmentId", "Kind", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportIndicatorValues_IndicatorId",
                table: "ReportIndicatorValues",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskIndicators_TaskId",
                table: "TaskIndicators",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskPlannedAssignees_GroupId",
                table: "TaskPlannedAssignees",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskPlannedAssignees_UnitId",
                table: "TaskPlannedAssignees",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "ExtensionRequests");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "ReportIndicatorValues");

            migrationBuilder.DropTable(
                name: "TaskIndicators");

            migrationBuilder.DropTable(
                name: "TaskPlannedAssignees");

            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "DirectiveTasks");
        }
    }
}
