using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reaccreditation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CpdEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: false),
                    KnowledgeAreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CpdEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CpdEntries_KnowledgeAreas_KnowledgeAreaId",
                        column: x => x.KnowledgeAreaId,
                        principalTable: "KnowledgeAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "Reaccreditations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccreditationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CpdHours = table.Column<double>(type: "REAL", precision: 8, scale: 2, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EmployerEndorsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmployerEndorsedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EmployerStatement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NewDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reaccreditations", x => x.Id);
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_CpdEntries_KnowledgeAreaId",
                table: "CpdEntries",
                column: "KnowledgeAreaId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_CpdEntries_SocialWorkerId_Date",
                table: "CpdEntries",
                columns: new[] { "SocialWorkerId", "Date" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Reaccreditations_AccreditationId",
                table: "Reaccreditations",
                column: "AccreditationId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_Reaccreditations_OrganisationId",
                table: "Reaccreditations",
                column: "OrganisationId"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "CpdEntries");

            migrationBuilder.DropTable(name: "Reaccreditations");
        }
    }
}
