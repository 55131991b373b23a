using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SimulationBookingAndRunSheet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AbsentAt",
                table: "SimulationSessions",
                type: "timestamp with time zone",
                nullable: true
            );

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CheckedInAt",
                table: "SimulationSessions",
                type: "timestamp with time zone",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "CheckedInBy",
                table: "SimulationSessions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true
            );

            migrationBuilder.AddColumn<int>(
                name: "MinutesLate",
                table: "SimulationSessions",
                type: "integer",
                nullable: true
            );

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PreparationStartedAt",
                table: "SimulationSessions",
                type: "timestamp with time zone",
                nullable: true
            );

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SimulationStartedAt",
                table: "SimulationSessions",
                type: "timestamp with time zone",
                nullable: true
            );

            migrationBuilder.CreateTable(
                name: "SessionIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionIncidents", x => x.Id);
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_SessionIncidents_SessionId",
                table: "SessionIncidents",
                column: "SessionId"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "SessionIncidents");

            migrationBuilder.DropColumn(name: "AbsentAt", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "CheckedInAt", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "CheckedInBy", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "MinutesLate", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "PreparationStartedAt", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "SimulationStartedAt", table: "SimulationSessions");
        }
    }
}
