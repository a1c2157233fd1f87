using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.Sqlite.Migrations
{
    /// <summary>Fills the issue-day tallies (after <c>IssueDayTallies</c>, whose table rebuild must come first on SQLite).</summary>
    public partial class IssueDayTallyBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each figure takes its directive's issue date; then each issue day's figures and reports are summed from the
            // figures and from the directives' weekly rows.
            migrationBuilder.Sql("""
                UPDATE "IndicatorFigures"
                SET "IssuedOn" = (SELECT "o"."IssuedOn" FROM "OutgoingDocuments" AS "o" WHERE "o"."Id" = "IndicatorFigures"."DocumentId");
                """);

            migrationBuilder.Sql("""
                INSERT INTO "IndicatorTallies" ("Name", "UnitOfMeasure", "UnitId", "IssuedOn", "Figures", "Total")
                SELECT "Name", "UnitOfMeasure", NULL, "IssuedOn", COUNT(*), printf('%.2f', SUM(CAST("Value" AS REAL)))
                FROM "IndicatorFigures"
                GROUP BY "IssuedOn", "Name", "UnitOfMeasure";
                """);

            migrationBuilder.Sql("""
                INSERT INTO "ReportTallies" ("DocumentId", "IssuedOn", "WeekStart", "Count")
                SELECT NULL, "IssuedOn", "WeekStart", SUM("Count")
                FROM "ReportTallies"
                WHERE "DocumentId" IS NOT NULL
                GROUP BY "IssuedOn", "WeekStart"
                HAVING SUM("Count") <> 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM "IndicatorTallies" WHERE "IssuedOn" IS NOT NULL;
                DELETE FROM "ReportTallies" WHERE "DocumentId" IS NULL AND "IssuedOn" IS NOT NULL;
                """);
        }
    }
}
