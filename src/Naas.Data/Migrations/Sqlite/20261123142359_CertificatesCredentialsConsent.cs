using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificatesCredentialsConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReaccreditationDue",
                table: "Accreditations",
                type: "TEXT",
                nullable: true
            );

            migrationBuilder.AddColumn<long>(
                name: "RevokedAt",
                table: "Accreditations",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "Accreditations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true
            );

            migrationBuilder.AddColumn<long>(
                name: "SuspendedAt",
                table: "Accreditations",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.CreateTable(
                name: "ReportConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportConsents_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "SigningKeys",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PublicJwk = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SigningKeys", x => x.Id);
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReportConsents_OrganisationId",
                table: "ReportConsents",
                column: "OrganisationId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReportConsents_SocialWorkerId_OrganisationId",
                table: "ReportConsents",
                columns: new[] { "SocialWorkerId", "OrganisationId" }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "ReportConsents");

            migrationBuilder.DropTable(name: "SigningKeys");

            migrationBuilder.DropColumn(name: "ReaccreditationDue", table: "Accreditations");

            migrationBuilder.DropColumn(name: "RevokedAt", table: "Accreditations");

            migrationBuilder.DropColumn(name: "StatusReason", table: "Accreditations");

            migrationBuilder.DropColumn(name: "SuspendedAt", table: "Accreditations");
        }
    }
}
