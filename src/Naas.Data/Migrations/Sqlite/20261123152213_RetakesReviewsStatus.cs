using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RetakesReviewsStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_ResultReleases_EndorsementId", table: "ResultReleases");

            migrationBuilder.AddColumn<long>(
                name: "SupersededAt",
                table: "ResultReleases",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "SupersededReason",
                table: "ResultReleases",
                type: "TEXT",
                maxLength: 500,
                nullable: true
            );

            migrationBuilder.AddColumn<Guid>(
                name: "FreshAttemptReviewId",
                table: "Endorsements",
                type: "TEXT",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "RetakeElements",
                table: "Endorsements",
                type: "TEXT",
                maxLength: 400,
                nullable: true
            );

            migrationBuilder.AddColumn<Guid>(name: "RetakeOfId", table: "Endorsements", type: "TEXT", nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SingleElementRetake",
                table: "Endorsements",
                type: "TEXT",
                maxLength: 60,
                nullable: true
            );

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReminderSentFor",
                table: "Accreditations",
                type: "TEXT",
                nullable: true
            );

            migrationBuilder.AddColumn<int>(
                name: "StatusListIndex",
                table: "Accreditations",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.CreateTable(
                name: "ReviewRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReleaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EmployerDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EmployerStatement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EmployerRespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmployerRespondedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssignDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRequests", x => x.Id);
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_ResultReleases_EndorsementId",
                table: "ResultReleases",
                column: "EndorsementId",
                unique: true,
                filter: "\"SupersededAt\" IS NULL"
            );

            migrationBuilder.CreateIndex(
                name: "IX_Accreditations_StatusListIndex",
                table: "Accreditations",
                column: "StatusListIndex",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRequests_ReleaseId",
                table: "ReviewRequests",
                column: "ReleaseId",
                unique: true
            );

            migrationBuilder.CreateIndex(name: "IX_ReviewRequests_State", table: "ReviewRequests", column: "State");
            // Assessments whose results were released before this state existed are over: mark them so.
            migrationBuilder.Sql(
                "UPDATE \"Endorsements\" SET \"State\" = 'Completed' WHERE \"Id\" IN (SELECT \"EndorsementId\" FROM \"ResultReleases\")"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "ReviewRequests");

            migrationBuilder.DropIndex(name: "IX_ResultReleases_EndorsementId", table: "ResultReleases");

            migrationBuilder.DropIndex(name: "IX_Accreditations_StatusListIndex", table: "Accreditations");

            migrationBuilder.DropColumn(name: "SupersededAt", table: "ResultReleases");

            migrationBuilder.DropColumn(name: "SupersededReason", table: "ResultReleases");

            migrationBuilder.DropColumn(name: "FreshAttemptReviewId", table: "Endorsements");

            migrationBuilder.DropColumn(name: "RetakeElements", table: "Endorsements");

            migrationBuilder.DropColumn(name: "RetakeOfId", table: "Endorsements");

            migrationBuilder.DropColumn(name: "SingleElementRetake", table: "Endorsements");

            migrationBuilder.DropColumn(name: "ReminderSentFor", table: "Accreditations");

            migrationBuilder.DropColumn(name: "StatusListIndex", table: "Accreditations");

            migrationBuilder.CreateIndex(
                name: "IX_ResultReleases_EndorsementId",
                table: "ResultReleases",
                column: "EndorsementId",
                unique: true
            );
        }
    }
}
