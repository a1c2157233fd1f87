using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IssueDayTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportTallies_DocumentId_WeekStart_Count",
                table: "ReportTallies");

            migrationBuilder.DropIndex(
                name: "IX_ReportTallies_IssuedOn_WeekStart_Count",
                table: "ReportTallies");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorTallies_Name_UnitOfMeasure_UnitId",
                table: "IndicatorTallies");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorFigures_Name_UnitOfMeasure_UnitId_Value",
                table: "IndicatorFigures");

            migrationBuilder.AlterColumn<Guid>(
                name: "UnitId",
                table: "IndicatorTallies",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedOn",
                table: "IndicatorTallies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedOn",
                table: "IndicatorFigures",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateIndex(
                name: "IX_ReportTallies_DocumentId_IssuedOn_WeekStart_Count",
                table: "ReportTallies",
                columns: new[] { "DocumentId", "IssuedOn", "WeekStart", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTallies_IssuedOn_Name_UnitOfMeasure_UnitId",
                table: "IndicatorTallies",
                columns: new[] { "IssuedOn", "Name", "UnitOfMeasure", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFigures_Name_UnitOfMeasure_UnitId_IssuedOn",
                table: "IndicatorFigures",
                columns: new[] { "Name", "UnitOfMeasure", "UnitId", "IssuedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportTallies_DocumentId_IssuedOn_WeekStart_Count",
                table: "ReportTallies");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorTallies_IssuedOn_Name_UnitOfMeasure_UnitId",
                table: "IndicatorTallies");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorFigures_Name_UnitOfMeasure_UnitId_IssuedOn",
                table: "IndicatorFigures");

            migrationBuilder.DropColumn(
                name: "IssuedOn",
                table: "IndicatorTallies");

            migrationBuilder.DropColumn(
                name: "IssuedOn",
                table: "IndicatorFigures");

            migrationBuilder.AlterColumn<Guid>(
                name: "UnitId",
                table: "IndicatorTallies",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportTallies_DocumentId_WeekStart_Count",
                table: "ReportTallies",
                columns: new[] { "DocumentId", "WeekStart", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportTallies_IssuedOn_WeekStart_Count",
                table: "ReportTallies",
                columns: new[] { "IssuedOn", "WeekStart", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTallies_Name_UnitOfMeasure_UnitId",
                table: "IndicatorTallies",
                columns: new[] { "Name", "UnitOfMeasure", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFigures_Name_UnitOfMeasure_UnitId_Value",
                table: "IndicatorFigures",
                columns: new[] { "Name", "UnitOfMeasure", "UnitId", "Value" });
        }
    }
}
