using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_DocumentId_Status",
                table: "ProgressReports");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorFigures_DocumentId",
                table: "IndicatorFigures");

            migrationBuilder.DropIndex(
                name: "IX_Assignments_DocumentId_UnitId",
                table: "Assignments");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_DocumentId_Status_SubmittedAtUtc",
                table: "ProgressReports",
                columns: new[] { "DocumentId", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFigures_DocumentId_Name_UnitOfMeasure_UnitId_Value",
                table: "IndicatorFigures",
                columns: new[] { "DocumentId", "Name", "UnitOfMeasure", "UnitId", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_DocumentId_UnitId_CompletedOn_DueDate",
                table: "Assignments",
                columns: new[] { "DocumentId", "UnitId", "CompletedOn", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_DocumentId_Status_SubmittedAtUtc",
                table: "ProgressReports");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorFigures_DocumentId_Name_UnitOfMeasure_UnitId_Value",
                table: "IndicatorFigures");

            migrationBuilder.DropIndex(
                name: "IX_Assignments_DocumentId_UnitId_CompletedOn_DueDate",
                table: "Assignments");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_DocumentId_Status",
                table: "ProgressReports",
                columns: new[] { "DocumentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFigures_DocumentId",
                table: "IndicatorFigures",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_DocumentId_UnitId",
                table: "Assignments",
                columns: new[] { "DocumentId", "UnitId" });
        }
    }
}
