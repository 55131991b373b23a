using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MarkersEvidencePlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DevelopmentPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SharedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CandidateAgreedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmployerAgreedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmployerAgreedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EmployerComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlans", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "MarkEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Element = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarkEvidence", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "MarkingAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Element = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AssessorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarkingAssignments", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "DevelopmentGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Support = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProgressNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentGoals_DevelopmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "DevelopmentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentGoals_PlanId",
                table: "DevelopmentGoals",
                column: "PlanId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_EndorsementId",
                table: "DevelopmentPlans",
                column: "EndorsementId",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_OrganisationId",
                table: "DevelopmentPlans",
                column: "OrganisationId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_MarkEvidence_EndorsementId_Element",
                table: "MarkEvidence",
                columns: new[] { "EndorsementId", "Element" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_MarkingAssignments_AssessorUserId",
                table: "MarkingAssignments",
                column: "AssessorUserId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_MarkingAssignments_EndorsementId_Element",
                table: "MarkingAssignments",
                columns: new[] { "EndorsementId", "Element" },
                unique: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "DevelopmentGoals");

            migrationBuilder.DropTable(name: "MarkEvidence");

            migrationBuilder.DropTable(name: "MarkingAssignments");

            migrationBuilder.DropTable(name: "DevelopmentPlans");
        }
    }
}
