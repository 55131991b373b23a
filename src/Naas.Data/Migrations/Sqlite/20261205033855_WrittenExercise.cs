using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WrittenExercise : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WrittenExercises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CaseInformation = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenExercises", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "WrittenCriterion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExerciseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AreaNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxMarks = table.Column<int>(type: "INTEGER", nullable: false),
                    Guidance = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenCriterion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WrittenCriterion_WrittenExercises_ExerciseId",
                        column: x => x.ExerciseId,
                        principalTable: "WrittenExercises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "WrittenSittings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExerciseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AllowedSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TimedOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    MarkerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MarkedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxScore = table.Column<int>(type: "INTEGER", nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ElementMarkId = table.Column<Guid>(type: "TEXT", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenSittings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WrittenSittings_WrittenExercises_ExerciseId",
                        column: x => x.ExerciseId,
                        principalTable: "WrittenExercises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "WrittenTask",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExerciseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Prompt = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WordGuide = table.Column<int>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenTask", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WrittenTask_WrittenExercises_ExerciseId",
                        column: x => x.ExerciseId,
                        principalTable: "WrittenExercises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "WrittenAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SittingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Task = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WrittenAnswers_WrittenSittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "WrittenSittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "WrittenCriterionMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SittingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Criterion = table.Column<int>(type: "INTEGER", nullable: false),
                    Marks = table.Column<int>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenCriterionMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WrittenCriterionMarks_WrittenSittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "WrittenSittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_WrittenAnswers_SittingId_Task",
                table: "WrittenAnswers",
                columns: new[] { "SittingId", "Task" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_WrittenCriterion_ExerciseId_Number",
                table: "WrittenCriterion",
                columns: new[] { "ExerciseId", "Number" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_WrittenCriterionMarks_SittingId_Criterion",
                table: "WrittenCriterionMarks",
                columns: new[] { "SittingId", "Criterion" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_WrittenExercises_Level_Version",
                table: "WrittenExercises",
                columns: new[] { "Level", "Version" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_WrittenSittings_Code",
                table: "WrittenSittings",
                column: "Code",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_WrittenSittings_EndorsementId",
                table: "WrittenSittings",
                column: "EndorsementId",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_WrittenSittings_ExerciseId",
                table: "WrittenSittings",
                column: "ExerciseId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_WrittenSittings_MarkerUserId",
                table: "WrittenSittings",
                column: "MarkerUserId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_WrittenSittings_SocialWorkerId",
                table: "WrittenSittings",
                column: "SocialWorkerId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_WrittenTask_ExerciseId_Number",
                table: "WrittenTask",
                columns: new[] { "ExerciseId", "Number" },
                unique: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "WrittenAnswers");

            migrationBuilder.DropTable(name: "WrittenCriterion");

            migrationBuilder.DropTable(name: "WrittenCriterionMarks");

            migrationBuilder.DropTable(name: "WrittenTask");

            migrationBuilder.DropTable(name: "WrittenSittings");

            migrationBuilder.DropTable(name: "WrittenExercises");
        }
    }
}
