using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    KnowledgeAreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(
                        type: "character varying(2000)",
                        maxLength: 2000,
                        nullable: false
                    ),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccreditationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CpdHours = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EmployerEndorsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EmployerEndorsedBy = table.Column<string>(
                        type: "character varying(200)",
                        maxLength: 200,
                        nullable: true
                    ),
                    EmployerStatement = table.Column<string>(
                        type: "character varying(4000)",
                        maxLength: 4000,
                        nullable: true
                    ),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NewDue = table.Column<DateOnly>(type: "date", nullable: true),
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
