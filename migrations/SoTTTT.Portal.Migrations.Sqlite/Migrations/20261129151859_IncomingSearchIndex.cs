using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IncomingSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_Search",
                table: "IncomingDocuments",
                columns: new[] { "ArrivalYear", "ArrivalNumber", "SearchText", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IncomingDocuments_Search",
                table: "IncomingDocuments");
        }
    }
}
