using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SimulationBookingAndRunSheet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AbsentAt",
                table: "SimulationSessions",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "AdjustmentRequest",
                table: "SimulationSessions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true
            );

            migrationBuilder.AddColumn<long>(
                name: "BookedAt",
                table: "SimulationSessions",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<long>(
                name: "CheckedInAt",
                table: "SimulationSessions",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "CheckedInBy",
                table: "SimulationSessions",
                type: "TEXT",
                maxLength: 200,
                nullable: true
            );

            migrationBuilder.AddColumn<int>(
                name: "MinutesLate",
                table: "SimulationSessions",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<long>(
                name: "PreparationStartedAt",
                table: "SimulationSessions",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<long>(
                name: "SimulationStartedAt",
                table: "SimulationSessions",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.CreateTable(
                name: "SessionIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
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

            migrationBuilder.DropColumn(name: "AdjustmentRequest", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "BookedAt", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "CheckedInAt", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "CheckedInBy", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "MinutesLate", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "PreparationStartedAt", table: "SimulationSessions");

            migrationBuilder.DropColumn(name: "SimulationStartedAt", table: "SimulationSessions");
        }
    }
}
