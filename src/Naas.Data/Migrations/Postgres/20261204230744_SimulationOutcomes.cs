using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SimulationOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SimulationOutcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Max = table.Column<int>(type: "integer", nullable: false),
                    Global = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Moderated = table.Column<bool>(type: "boolean", nullable: false),
                    AgreedLevels = table.Column<List<string>>(type: "text[]", nullable: false),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulationOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SimulationOutcomes_SimulationSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "SimulationSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_SimulationOutcomes_SessionId",
                table: "SimulationOutcomes",
                column: "SessionId",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_SimulationOutcomes_SocialWorkerId",
                table: "SimulationOutcomes",
                column: "SocialWorkerId"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "SimulationOutcomes");
        }
    }
}
