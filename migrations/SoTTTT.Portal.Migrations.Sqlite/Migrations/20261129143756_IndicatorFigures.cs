using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LatestAcceptedSequence",
                table: "Assignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "IndicatorFigures",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UnitOfMeasure = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorFigures", x => new { x.AssignmentId, x.IndicatorId });
                    table.ForeignKey(
                        name: "FK_IndicatorFigures_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // The figures of the reports accepted before this migration: each assignment's latest accepted report.
            migrationBuilder.Sql("""
                UPDATE "Assignments" SET "LatestAcceptedSequence" = COALESCE((
                    SELECT MAX(r."Sequence") FROM "ProgressReports" r
                    WHERE r."AssignmentId" = "Assignments"."Id" AND r."Status" = 1), 0);
                """);
            migrationBuilder.Sql("""
                INSERT INTO "IndicatorFigures" ("AssignmentId", "IndicatorId", "ReportId", "DocumentId", "UnitId", "Name", "UnitOfMeasure", "Value")
                SELECT r."AssignmentId", v."IndicatorId", r."Id", r."DocumentId", r."UnitId", i."Name", i."UnitOfMeasure", v."Value"
                FROM "Assignments" a
                JOIN "ProgressReports" r ON r."AssignmentId" = a."Id" AND r."Sequence" = a."LatestAcceptedSequence"
                JOIN "ReportIndicatorValues" v ON v."ReportId" = r."Id"
                JOIN "TaskIndicators" i ON i."Id" = v."IndicatorId" AND i."TaskId" = r."TaskId"
                WHERE a."LatestAcceptedSequence" > 0;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFigures_DocumentId",
                table: "IndicatorFigures",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFigures_Name_UnitOfMeasure_UnitId_Value",
                table: "IndicatorFigures",
                columns: new[] { "Name", "UnitOfMeasure", "UnitId", "Value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorFigures");

            migrationBuilder.DropColumn(
                name: "LatestAcceptedSequence",
                table: "Assignments");
        }
    }
}
