using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTallies", x => x.Id);
                });

            // The reports already there, counted per week as the portal counts them (ReportTally.WeekOf): the Monday of the
            // submission's day in Viet Nam (UTC+7, no daylight saving).
            migrationBuilder.Sql("""
                INSERT INTO "ReportTallies" ("WeekStart", "Count")
                SELECT date("SubmittedAtUtc", '+7 hours', '-6 days', 'weekday 1'), COUNT(*)
                FROM "ProgressReports"
                GROUP BY date("SubmittedAtUtc", '+7 hours', '-6 days', 'weekday 1');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ReportTallies_WeekStart_Count",
                table: "ReportTallies",
                columns: new[] { "WeekStart", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportTallies");
        }
    }
}
