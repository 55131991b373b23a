using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 20,
                nullable: true
            );

            migrationBuilder.AddColumn<Guid>(
                name: "EndorsementId",
                table: "Accreditations",
                type: "TEXT",
                nullable: true
            );

            migrationBuilder.CreateTable(
                name: "ElementMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Element = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Score = table.Column<double>(type: "REAL", precision: 8, scale: 4, nullable: false),
                    Max = table.Column<double>(type: "REAL", precision: 8, scale: 4, nullable: false),
                    PassMark = table.Column<double>(type: "REAL", precision: 8, scale: 4, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KnowledgeAttemptId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true),
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RetakeElement = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RetakeBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetakeNotBefore = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
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
