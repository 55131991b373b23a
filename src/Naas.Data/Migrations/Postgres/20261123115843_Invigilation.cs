using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Invigilation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "KnowledgeAttempts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "InvigilationNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AttemptId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvigilationNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvigilationNotes_KnowledgeAttempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "KnowledgeAttempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvigilationNotes_AttemptId",
                table: "InvigilationNotes",
                column: "AttemptId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvigilationNotes");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "KnowledgeAttempts");
        }
    }
}
