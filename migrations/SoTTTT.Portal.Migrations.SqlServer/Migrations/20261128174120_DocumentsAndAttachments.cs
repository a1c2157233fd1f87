using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DocumentsAndAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OriginalFileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StoredFileName = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ContentType = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    UploadedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_AspNetUsers_UploadedByUserId",
                        column: x => x.UploadedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Action = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IncomingDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ArrivalYear = table.Column<int>(type: "int", nullable: false),
                    ArrivalNumber = table.Column<int>(type: "int", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NumberSymbol = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false),
                    IssuingUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IssuingAgency = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Urgency = table.Column<int>(type: "int", nullable: false),
                    Confidentiality = table.Column<int>(type: "int", nullable: false),
                    HandlingDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DirectingLeaderId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Direction = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DirectedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DirectedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HandlingUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DirectionDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    HandlingNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(1400)", maxLength: 1400, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncomingDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncomingDocuments_OrgUnits_HandlingUnitId",
                        column: x => x.HandlingUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncomingDocuments_OrgUnits_IssuingUnitId",
                        column: x => x.IssuingUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Message = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    IssuerCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DraftingUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DraftingUnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Place = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Preamble = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    Closing = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    SignerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    SignerName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Authority = table.Column<int>(type: "int", nullable: false),
                    HeadTitle = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    SignerTitle = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: true),
                    Number = table.Column<int>(type: "int", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IssuedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    IssuedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReturnReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ReplacesId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(1200)", maxLength: 1200, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutgoingDocuments_OrgUnits_DraftingUnitId",
                        column: x => x.DraftingUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutgoingDocuments_OutgoingDocuments_ReplacesId",
                        column: x => x.ReplacesId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterCounters",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    LastNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterCounters", x => new { x.Kind, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "OutgoingAddressees",
                columns: table => new
                {
                    Position = table.Column<int>(type: "int", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    GroupId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Purpose = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingAddressees", x => new { x.DocumentId, x.Position });
                    table.ForeignKey(
                        name: "FK_OutgoingAddressees_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutgoingAddressees_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutgoingAddressees_UnitGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "UnitGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingCitations",
                columns: table => new
                {
                    IncomingDocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingCitations", x => new { x.DocumentId, x.IncomingDocumentId });
                    table.ForeignKey(
                        name: "FK_OutgoingCitations_IncomingDocuments_IncomingDocumentId",
                        column: x => x.IncomingDocumentId,
                        principalTable: "IncomingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutgoingCitations_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingDistribution",
                columns: table => new
                {
                    Position = table.Column<int>(type: "int", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    GroupId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Purpose = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingDistribution", x => new { x.DocumentId, x.Position });
                    table.ForeignKey(
                        name: "FK_OutgoingDistribution_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutgoingDistribution_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutgoingDistribution_UnitGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "UnitGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingRecipientUnits",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingRecipientUnits", x => new { x.DocumentId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_OutgoingRecipientUnits_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutgoingRecipientUnits_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingSections",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Heading = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingSections", x => new { x.DocumentId, x.Number });
                    table.ForeignKey(
                        name: "FK_OutgoingSections_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_OwnerType_OwnerId",
                table: "Attachments",
                columns: new[] { "OwnerType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_StoredFileName",
                table: "Attachments",
                column: "StoredFileName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_UploadedByUserId",
                table: "Attachments",
                column: "UploadedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentEvents_DocumentId",
                table: "DocumentEvents",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_ArrivalYear_ArrivalNumber",
                table: "IncomingDocuments",
                columns: new[] { "ArrivalYear", "ArrivalNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_HandlingUnitId",
                table: "IncomingDocuments",
                column: "HandlingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_IssuingUnitId",
                table: "IncomingDocuments",
                column: "IssuingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_Status_ReceivedOn",
                table: "IncomingDocuments",
                columns: new[] { "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAtUtc",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingAddressees_GroupId",
                table: "OutgoingAddressees",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingAddressees_UnitId",
                table: "OutgoingAddressees",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingCitations_IncomingDocumentId",
                table: "OutgoingCitations",
                column: "IncomingDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDistribution_GroupId",
                table: "OutgoingDistribution",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDistribution_UnitId",
                table: "OutgoingDistribution",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_DraftingUnitId",
                table: "OutgoingDocuments",
                column: "DraftingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_ReplacesId",
                table: "OutgoingDocuments",
                column: "ReplacesId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_Status_IssuedOn",
                table: "OutgoingDocuments",
                columns: new[] { "Status", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_Year_Number",
                table: "OutgoingDocuments",
                columns: new[] { "Year", "Number" },
                unique: true,
                filter: "[Year] IS NOT NULL AND [Number] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingRecipientUnits_UnitId",
                table: "OutgoingRecipientUnits",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "DocumentEvents");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "OutgoingAddressees");

            migrationBuilder.DropTable(
                name: "OutgoingCitations");

            migrationBuilder.DropTable(
                name: "OutgoingDistribution");

            migrationBuilder.DropTable(
                name: "OutgoingRecipientUnits");

            migrationBuilder.DropTable(
                name: "OutgoingSections");

            migrationBuilder.DropTable(
                name: "RegisterCounters");

            migrationBuilder.DropTable(
                name: "IncomingDocuments");

            migrationBuilder.DropTable(
                name: "OutgoingDocuments");
        }
    }
}
