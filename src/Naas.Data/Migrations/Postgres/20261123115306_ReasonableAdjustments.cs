using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReasonableAdjustments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BreakStartedAt",
                table: "KnowledgeAttempts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PausedSeconds",
                table: "KnowledgeAttempts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "RestBreaksAllowed",
                table: "KnowledgeAttempts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ReasonableAdjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExtraTimePercent = table.Column<int>(type: "integer", nullable: false),
                    RestBreaks = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AgreedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReasonableAdjustments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReasonableAdjustments_SocialWorkerId",
                table: "ReasonableAdjustments",
                column: "SocialWorkerId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReasonableAdjustments");

            migrationBuilder.DropColumn(
                name: "BreakStartedAt",
                table: "KnowledgeAttempts");

            migrationBuilder.DropColumn(
                name: "PausedSeconds",
                table: "KnowledgeAttempts");

            migrationBuilder.DropColumn(
                name: "RestBreaksAllowed",
                table: "KnowledgeAttempts");
        }
    }
}
