using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StandardSetting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StandardSettingExercises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Element = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AdoptedPassMark = table.Column<double>(type: "REAL", precision: 10, scale: 4, nullable: true),
                    AdoptedRationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AdoptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AdoptedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardSettingExercises", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "Panellists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExerciseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Panel = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Round1At = table.Column<long>(type: "INTEGER", nullable: true),
                    Round2At = table.Column<long>(type: "INTEGER", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Panellists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Panellists_StandardSettingExercises_ExerciseId",
                        column: x => x.ExerciseId,
                        principalTable: "StandardSettingExercises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "PanelRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExerciseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PanellistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<double>(type: "REAL", precision: 8, scale: 4, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelRatings_Panellists_PanellistId",
                        column: x => x.PanellistId,
                        principalTable: "Panellists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Panellists_ExerciseId_UserId",
                table: "Panellists",
                columns: new[] { "ExerciseId", "UserId" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_PanelRatings_PanellistId_Round_Unit",
                table: "PanelRatings",
                columns: new[] { "PanellistId", "Round", "Unit" },
                unique: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "PanelRatings");

            migrationBuilder.DropTable(name: "Panellists");

            migrationBuilder.DropTable(name: "StandardSettingExercises");
        }
    }
}
