using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BookingsCasesEnemies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MaxBreakMinutes",
                table: "ReasonableAdjustments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0
            );

            migrationBuilder.AddColumn<Guid>(
                name: "CaseId",
                table: "KnowledgeItemVersions",
                type: "TEXT",
                nullable: true
            );

            migrationBuilder.AddColumn<int>(
                name: "TimesShown",
                table: "KnowledgeItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0
            );

            migrationBuilder.AddColumn<bool>(
                name: "Retired",
                table: "KnowledgeBlueprints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<Guid>(
                name: "BookingId",
                table: "KnowledgeAttempts",
                type: "TEXT",
                nullable: true
            );

            migrationBuilder.AddColumn<int>(
                name: "MaxBreakSeconds",
                table: "KnowledgeAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0
            );

            migrationBuilder.CreateTable(
                name: "KnowledgeCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    MediaKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MediaContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Transcript = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CaptionsKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeCases", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "KnowledgeItemEnemies",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnemyItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeItemEnemies", x => new { x.ItemId, x.EnemyItemId });
                    table.ForeignKey(
                        name: "FK_KnowledgeItemEnemies_KnowledgeItems_EnemyItemId",
                        column: x => x.EnemyItemId,
                        principalTable: "KnowledgeItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "FK_KnowledgeItemEnemies_KnowledgeItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "KnowledgeItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "TestWindows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BlueprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Opens = table.Column<long>(type: "INTEGER", nullable: false),
                    Closes = table.Column<long>(type: "INTEGER", nullable: false),
                    RemoteAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Centres = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TestWindows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TestWindows_KnowledgeBlueprints_BlueprintId",
                        column: x => x.BlueprintId,
                        principalTable: "KnowledgeBlueprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "TestBookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WindowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdjustmentRequest = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BookedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TestBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TestBookings_Endorsements_EndorsementId",
                        column: x => x.EndorsementId,
                        principalTable: "Endorsements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                    table.ForeignKey(
                        name: "FK_TestBookings_TestWindows_WindowId",
                        column: x => x.WindowId,
                        principalTable: "TestWindows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeItemVersions_CaseId",
                table: "KnowledgeItemVersions",
                column: "CaseId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeCases_Reference",
                table: "KnowledgeCases",
                column: "Reference",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeItemEnemies_EnemyItemId",
                table: "KnowledgeItemEnemies",
                column: "EnemyItemId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_TestBookings_EndorsementId",
                table: "TestBookings",
                column: "EndorsementId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_TestBookings_SocialWorkerId_CancelledAt",
                table: "TestBookings",
                columns: new[] { "SocialWorkerId", "CancelledAt" }
            );

            migrationBuilder.CreateIndex(name: "IX_TestBookings_WindowId", table: "TestBookings", column: "WindowId");

            migrationBuilder.CreateIndex(
                name: "IX_TestWindows_BlueprintId",
                table: "TestWindows",
                column: "BlueprintId"
            );

            migrationBuilder.AddForeignKey(
                name: "FK_KnowledgeItemVersions_KnowledgeCases_CaseId",
                table: "KnowledgeItemVersions",
                column: "CaseId",
                principalTable: "KnowledgeCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_KnowledgeItemVersions_KnowledgeCases_CaseId",
                table: "KnowledgeItemVersions"
            );

            migrationBuilder.DropTable(name: "KnowledgeCases");

            migrationBuilder.DropTable(name: "KnowledgeItemEnemies");

            migrationBuilder.DropTable(name: "TestBookings");

            migrationBuilder.DropTable(name: "TestWindows");

            migrationBuilder.DropIndex(name: "IX_KnowledgeItemVersions_CaseId", table: "KnowledgeItemVersions");

            migrationBuilder.DropColumn(name: "MaxBreakMinutes", table: "ReasonableAdjustments");

            migrationBuilder.DropColumn(name: "CaseId", table: "KnowledgeItemVersions");

            migrationBuilder.DropColumn(name: "TimesShown", table: "KnowledgeItems");

            migrationBuilder.DropColumn(name: "Retired", table: "KnowledgeBlueprints");

            migrationBuilder.DropColumn(name: "BookingId", table: "KnowledgeAttempts");

            migrationBuilder.DropColumn(name: "MaxBreakSeconds", table: "KnowledgeAttempts");
        }
    }
}
