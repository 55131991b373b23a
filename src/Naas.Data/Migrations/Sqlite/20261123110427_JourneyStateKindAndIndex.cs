using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JourneyStateKindAndIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
