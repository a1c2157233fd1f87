using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DashboardTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssignmentTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UnitKind = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentTallies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    UnitOfMeasure = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Figures = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTallies", x => x.Id);
                });

            // The tallies of the rows already there, counted as the portal counts them (TallyInterceptor): per directive
            // and province-wide, open assignments by due date, completed ones on time when they had no due date or met it.
            migrationBuilder.Sql("""
                INSERT INTO "AssignmentTallies" ("DocumentId", "UnitKind", "State", "DueDate", "Count")
                SELECT s."DocumentId", s."UnitKind", s."State", s."DueDate", COUNT(*)
                FROM (
                    SELECT a."DocumentId", u."Kind" AS "UnitKind",
                        CASE WHEN a."CompletedOn" IS NULL THEN 0 WHEN a."DueDate" IS NULL OR a."CompletedOn" <= a."DueDate" THEN 1 ELSE 2 END AS "State",
                        CASE WHEN a."CompletedOn" IS NULL THEN a."DueDate" END AS "DueDate"
                    FROM "Assignments" a JOIN "OrgUnits" u ON u."Id" = a."UnitId") s
                GROUP BY s."DocumentId", s."UnitKind", s."State", s."DueDate";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "AssignmentTallies" ("DocumentId", "UnitKind", "State", "DueDate", "Count")
                SELECT NULL, t."UnitKind", t."State", t."DueDate", SUM(t."Count")
                FROM "AssignmentTallies" t
                GROUP BY t."UnitKind", t."State", t."DueDate";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "IndicatorTallies" ("Name", "UnitOfMeasure", "UnitId", "Figures", "Total")
                SELECT "Name", "UnitOfMeasure", "UnitId", COUNT(*), SUM("Value")
                FROM "IndicatorFigures"
                GROUP BY "Name", "UnitOfMeasure", "UnitId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentTallies_DocumentId_UnitKind_State_DueDate_Count",
                table: "AssignmentTallies",
                columns: new[] { "DocumentId", "UnitKind", "State", "DueDate", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentTallies_State_DocumentId_UnitKind_Count",
                table: "AssignmentTallies",
                columns: new[] { "State", "DocumentId", "UnitKind", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTallies_Name_UnitOfMeasure_UnitId",
                table: "IndicatorTallies",
                columns: new[] { "Name", "UnitOfMeasure", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssignmentTallies");

            migrationBuilder.DropTable(
                name: "IndicatorTallies");
        }
    }
}
