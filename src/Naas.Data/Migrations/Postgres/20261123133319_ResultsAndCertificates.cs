using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResultsAndCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CertificateNumber",
                table: "Accreditations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true
            );

            migrationBuilder.AddColumn<Guid>(
                name: "EndorsementId",
                table: "Accreditations",
                type: "uuid",
                nullable: true
            );

            migrationBuilder.CreateTable(
                name: "ElementMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "uuid", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Element = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: false),
                    Max = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: false),
                    PassMark = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KnowledgeAttemptId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SupersededAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElementMarks", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "ResultReleases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "uuid", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RetakeElement = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RetakeBy = table.Column<DateOnly>(type: "date", nullable: true),
                    RetakeNotBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReleasedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResultReleases", x => x.Id);
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Accreditations_CertificateNumber",
                table: "Accreditations",
                column: "CertificateNumber",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_ElementMarks_EndorsementId_Element",
                table: "ElementMarks",
                columns: new[] { "EndorsementId", "Element" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_ResultReleases_EndorsementId",
                table: "ResultReleases",
                column: "EndorsementId"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "ElementMarks");

            migrationBuilder.DropTable(name: "ResultReleases");

            migrationBuilder.DropIndex(name: "IX_Accreditations_CertificateNumber", table: "Accreditations");

            migrationBuilder.DropColumn(name: "CertificateNumber", table: "Accreditations");

            migrationBuilder.DropColumn(name: "EndorsementId", table: "Accreditations");
        }
    }
}
