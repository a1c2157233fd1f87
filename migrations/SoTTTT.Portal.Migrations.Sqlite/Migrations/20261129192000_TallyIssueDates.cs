using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TallyIssueDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedOn",
                table: "ReportTallies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedOn",
                table: "AssignmentTallies",
                type: "TEXT",
                nullable: true);

            // The rows already there take their directive's issue date (fixed once a directive is issued).
            migrationBuilder.Sql("""
                UPDATE "AssignmentTallies" SET "IssuedOn" = (
                    SELECT d."IssuedOn" FROM "OutgoingDocuments" d WHERE d."Id" = "AssignmentTallies"."DocumentId")
                WHERE "DocumentId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "ReportTallies" SET "IssuedOn" = (
                    SELECT d."IssuedOn" FROM "OutgoingDocuments" d WHERE d."Id" = "ReportTallies"."DocumentId")
                WHERE "DocumentId" IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ReportTallies_IssuedOn_WeekStart_Count",
                table: "ReportTallies",
                columns: new[] { "IssuedOn", "WeekStart", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentTallies_IssuedOn_DocumentId_UnitKind_State_DueDate_Count",
                table: "AssignmentTallies",
                columns: new[] { "IssuedOn", "DocumentId", "UnitKind", "State", "DueDate", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentTallies_State_IssuedOn_DocumentId_UnitKind_DueDate_Count",
                table: "AssignmentTallies",
                columns: new[] { "State", "IssuedOn", "DocumentId", "UnitKind", "DueDate", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportTallies_IssuedOn_WeekStart_Count",
                table: "ReportTallies");

            migrationBuilder.DropIndex(
                name: "IX_AssignmentTallies_IssuedOn_DocumentId_UnitKind_State_DueDate_Count",
                table: "AssignmentTallies");

            migrationBuilder.DropIndex(
                name: "IX_AssignmentTallies_State_IssuedOn_DocumentId_UnitKind_DueDate_Count",
                table: "AssignmentTallies");

            migrationBuilder.DropColumn(
                name: "IssuedOn",
                table: "ReportTallies");

            migrationBuilder.DropColumn(
                name: "IssuedOn",
                table: "AssignmentTallies");
        }
    }
}
