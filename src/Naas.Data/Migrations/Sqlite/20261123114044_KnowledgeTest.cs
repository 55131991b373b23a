using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsPractice = table.Column<bool>(type: "INTEGER", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Cells = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MaxTimesShown = table.Column<int>(type: "INTEGER", nullable: false),
                    PassMarkTolerance = table.Column<double>(type: "REAL", precision: 6, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeBlueprints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BlueprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemVersionIds = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PassMark = table.Column<double>(type: "REAL", precision: 8, scale: 4, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AllowedSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TimedOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", precision: 8, scale: 4, nullable: true),
                    MaxScore = table.Column<double>(type: "REAL", precision: 8, scale: 4, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
