using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssessmentDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Actors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DayRate = table.Column<double>(type: "REAL", precision: 10, scale: 2, nullable: false),
                    TrainedScenarioIds = table.Column<string>(type: "TEXT", nullable: false),
                    AvailableDates = table.Column<string>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actors", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "AssessmentCentres",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CostPerDay = table.Column<double>(type: "REAL", precision: 10, scale: 2, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentCentres", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "Observers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TrainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CalibratedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConflictOrganisationIds = table.Column<string>(type: "TEXT", nullable: false),
                    ConflictSocialWorkerIds = table.Column<string>(type: "TEXT", nullable: false),
                    AvailableDates = table.Column<string>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Observers", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "AssessmentDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: true),
                    For = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentDays_AssessmentCentres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "AssessmentCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "CentreRooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    StepFree = table.Column<bool>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CentreRooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CentreRooms_AssessmentCentres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "AssessmentCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "SimulationSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ScenarioVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndorsementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeadObserverId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SecondObserverId = table.Column<Guid>(type: "TEXT", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulationSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SimulationSessions_AssessmentDays_DayId",
                        column: x => x.DayId,
                        principalTable: "AssessmentDays",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                    table.ForeignKey(
                        name: "FK_SimulationSessions_CentreRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "CentreRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "FK_SimulationSessions_ScenarioVersions_ScenarioVersionId",
                        column: x => x.ScenarioVersionId,
                        principalTable: "ScenarioVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateIndex(name: "IX_Actors_Email", table: "Actors", column: "Email", unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCentres_Name",
                table: "AssessmentCentres",
                column: "Name",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentDays_CentreId",
                table: "AssessmentDays",
                column: "CentreId"
            );

            migrationBuilder.CreateIndex(name: "IX_AssessmentDays_Date", table: "AssessmentDays", column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_CentreRooms_CentreId_Name",
                table: "CentreRooms",
                columns: new[] { "CentreId", "Name" },
                unique: true
            );

            migrationBuilder.CreateIndex(name: "IX_Observers_Email", table: "Observers", column: "Email", unique: true);

            migrationBuilder.CreateIndex(name: "IX_Observers_UserId", table: "Observers", column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SimulationSessions_ActorId",
                table: "SimulationSessions",
                column: "ActorId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_SimulationSessions_DayId",
                table: "SimulationSessions",
                column: "DayId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_SimulationSessions_LeadObserverId",
                table: "SimulationSessions",
                column: "LeadObserverId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_SimulationSessions_RoomId",
                table: "SimulationSessions",
                column: "RoomId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_SimulationSessions_ScenarioVersionId",
                table: "SimulationSessions",
                column: "ScenarioVersionId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_SimulationSessions_SecondObserverId",
                table: "SimulationSessions",
                column: "SecondObserverId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_SimulationSessions_SocialWorkerId",
                table: "SimulationSessions",
                column: "SocialWorkerId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_SimulationSessions_StartsAt",
                table: "SimulationSessions",
                column: "StartsAt"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "Actors");

            migrationBuilder.DropTable(name: "Observers");

            migrationBuilder.DropTable(name: "SimulationSessions");

            migrationBuilder.DropTable(name: "AssessmentDays");

            migrationBuilder.DropTable(name: "CentreRooms");

            migrationBuilder.DropTable(name: "AssessmentCentres");
        }
    }
}
