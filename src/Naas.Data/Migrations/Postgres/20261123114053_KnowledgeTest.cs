using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KnowledgeTest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KnowledgeBlueprints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsPractice = table.Column<bool>(type: "boolean", nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    Cells = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MaxTimesShown = table.Column<int>(type: "integer", nullable: false),
                    PassMarkTolerance = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeBlueprints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    BlueprintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: false),
                    ItemVersionIds = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PassMark = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AllowedSeconds = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TimedOut = table.Column<bool>(type: "boolean", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: true),
                    MaxScore = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeAttempts_KnowledgeBlueprints_BlueprintId",
                        column: x => x.BlueprintId,
                        principalTable: "KnowledgeBlueprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AttemptId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Flagged = table.Column<bool>(type: "boolean", nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeAnswers_KnowledgeAttempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "KnowledgeAttempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAnswers_AttemptId_Position",
                table: "KnowledgeAnswers",
                columns: new[] { "AttemptId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAttempts_BlueprintId",
                table: "KnowledgeAttempts",
                column: "BlueprintId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAttempts_SocialWorkerId_SubmittedAt",
                table: "KnowledgeAttempts",
                columns: new[] { "SocialWorkerId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KnowledgeAnswers");

            migrationBuilder.DropTable(
                name: "KnowledgeAttempts");

            migrationBuilder.DropTable(
                name: "KnowledgeBlueprints");
        }
    }
}
