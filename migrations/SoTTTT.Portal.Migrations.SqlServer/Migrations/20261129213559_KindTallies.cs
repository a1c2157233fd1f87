using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.SqlServer.Migrations
{
    /// <summary>The report tallies by kind of reporting unit, and the issue days' indicator tallies per kind.</summary>
    public partial class KindTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportTallies_DocumentId_IssuedOn_WeekStart_Count",
                table: "ReportTallies");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorTallies_IssuedOn_Name_UnitOfMeasure_UnitId",
                table: "IndicatorTallies");

            migrationBuilder.AddColumn<int>(
                name: "UnitKind",
                table: "ReportTallies",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnitKind",
                table: "IndicatorTallies",
                type: "int",
                nullable: true);

            // The directives' and the province's weekly rows counted again by the kind of the unit that reported (the
            // directives' from the reports, the province's from those); the issue days' rows stay, every kind summed.
            // Each issue day's indicator rows gain one row per kind of reporting unit, from the figures.
            migrationBuilder.Sql("""
                DELETE FROM [ReportTallies] WHERE [DocumentId] IS NOT NULL OR [IssuedOn] IS NULL;
                """);

            migrationBuilder.Sql("""
                INSERT INTO [ReportTallies] ([DocumentId], [IssuedOn], [UnitKind], [WeekStart], [Count])
                SELECT w.[DocumentId], w.[IssuedOn], w.[Kind], w.[WeekStart], COUNT(*)
                FROM (
                    SELECT r.[DocumentId], d.[IssuedOn], u.[Kind], DATEADD(day, -(DATEDIFF(day, CAST('19000101' AS date), CAST(DATEADD(hour, 7, r.[SubmittedAtUtc]) AS date)) % 7), CAST(DATEADD(hour, 7, r.[SubmittedAtUtc]) AS date)) AS [WeekStart]
                    FROM [ProgressReports] AS r
                    INNER JOIN [OutgoingDocuments] AS d ON d.[Id] = r.[DocumentId]
                    INNER JOIN [OrgUnits] AS u ON u.[Id] = r.[UnitId]) AS w
                GROUP BY w.[DocumentId], w.[IssuedOn], w.[Kind], w.[WeekStart];
                """);

            migrationBuilder.Sql("""
                INSERT INTO [ReportTallies] ([DocumentId], [IssuedOn], [UnitKind], [WeekStart], [Count])
                SELECT NULL, NULL, [UnitKind], [WeekStart], SUM([Count])
                FROM [ReportTallies]
                WHERE [DocumentId] IS NOT NULL
                GROUP BY [UnitKind], [WeekStart];
                """);

            migrationBuilder.Sql("""
                INSERT INTO [IndicatorTallies] ([Name], [UnitOfMeasure], [UnitId], [IssuedOn], [UnitKind], [Figures], [Total])
                SELECT f.[Name], f.[UnitOfMeasure], NULL, f.[IssuedOn], u.[Kind], COUNT(*), SUM(f.[Value])
                FROM [IndicatorFigures] AS f
                INNER JOIN [OrgUnits] AS u ON u.[Id] = f.[UnitId]
                GROUP BY f.[IssuedOn], u.[Kind], f.[Name], f.[UnitOfMeasure];
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ReportTallies_DocumentId_IssuedOn_UnitKind_WeekStart_Count",
                table: "ReportTallies",
                columns: new[] { "DocumentId", "IssuedOn", "UnitKind", "WeekStart", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportTallies_UnitKind_IssuedOn_WeekStart_Count",
                table: "ReportTallies",
                columns: new[] { "UnitKind", "IssuedOn", "WeekStart", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTallies_IssuedOn_UnitKind_Name_UnitOfMeasure_UnitId",
                table: "IndicatorTallies",
                columns: new[] { "IssuedOn", "UnitKind", "Name", "UnitOfMeasure", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The kinds summed away again: one row per directive or province week, the kind rows of indicators removed.
            migrationBuilder.Sql("""
                INSERT INTO [ReportTallies] ([DocumentId], [IssuedOn], [UnitKind], [WeekStart], [Count])
                SELECT [DocumentId], [IssuedOn], NULL, [WeekStart], SUM([Count])
                FROM [ReportTallies]
                WHERE [UnitKind] IS NOT NULL
                GROUP BY [DocumentId], [IssuedOn], [WeekStart];
                """);

            migrationBuilder.Sql("""
                DELETE FROM [ReportTallies] WHERE [UnitKind] IS NOT NULL;
                """);

            migrationBuilder.Sql("""
                DELETE FROM [IndicatorTallies] WHERE [UnitKind] IS NOT NULL;
                """);

            migrationBuilder.DropIndex(
                name: "IX_ReportTallies_DocumentId_IssuedOn_UnitKind_WeekStart_Count",
                table: "ReportTallies");

            migrationBuilder.DropIndex(
                name: "IX_ReportTallies_UnitKind_IssuedOn_WeekStart_Count",
                table: "ReportTallies");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorTallies_IssuedOn_UnitKind_Name_UnitOfMeasure_UnitId",
                table: "IndicatorTallies");

            migrationBuilder.DropColumn(
                name: "UnitKind",
                table: "ReportTallies");

            migrationBuilder.DropColumn(
                name: "UnitKind",
                table: "IndicatorTallies");

            migrationBuilder.CreateIndex(
                name: "IX_ReportTallies_DocumentId_IssuedOn_WeekStart_Count",
                table: "ReportTallies",
                columns: new[] { "DocumentId", "IssuedOn", "WeekStart", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTallies_IssuedOn_Name_UnitOfMeasure_UnitId",
                table: "IndicatorTallies",
                columns: new[] { "IssuedOn", "Name", "UnitOfMeasure", "UnitId" });
        }
    }
}
