using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Inspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComplianceEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    EvaluatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    EvaluatedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EvaluatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplianceEvaluations_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComplianceEvaluations_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TargetKind = table.Column<int>(type: "int", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Severity = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Recommendation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    FollowUp = table.Column<int>(type: "int", nullable: false),
                    FollowUpNote = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RecordedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Findings_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Findings_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceEvaluations_DocumentId",
                table: "ComplianceEvaluations",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceEvaluations_UnitId_DocumentId",
                table: "ComplianceEvaluations",
                columns: new[] { "UnitId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Findings_AssignmentId",
                table: "Findings",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_DocumentId_RecordedAtUtc",
                table: "Findings",
                columns: new[] { "DocumentId", "RecordedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_RecordedAtUtc",
                table: "Findings",
                column: "RecordedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_UnitId_RecordedAtUtc",
                table: "Findings",
                columns: new[] { "UnitId", "RecordedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplianceEvaluations");

            migrationBuilder.DropTable(
                name: "Findings");
        }
    }
}
