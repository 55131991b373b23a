using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JourneyStateKindAndIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "JourneyStates",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.CreateIndex(
                name: "IX_JourneyStates_UserId_Kind",
                table: "JourneyStates",
                columns: new[] { "UserId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JourneyStates_UserId_Kind",
                table: "JourneyStates");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "JourneyStates",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);
        }
    }
}
