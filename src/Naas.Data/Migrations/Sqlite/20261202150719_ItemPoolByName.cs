using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ItemPoolByName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Pool",
                table: "KnowledgeItems",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER"
            );
            // An item's pool was stored as its number (0 Assessment, 1 Practice); it is now stored by its name.
            // Any other number becomes NULL and fails the NOT NULL rather than landing in a pool.
            migrationBuilder.Sql(
                """
                UPDATE "KnowledgeItems" SET "Pool" = CASE CAST("Pool" AS TEXT) WHEN '0' THEN 'Assessment' WHEN '1' THEN 'Practice' END;
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                UPDATE "KnowledgeItems" SET "Pool" = CASE "Pool" WHEN 'Assessment' THEN 0 WHEN 'Practice' THEN 1 END;
                """
            );
            migrationBuilder.AlterColumn<int>(
                name: "Pool",
                table: "KnowledgeItems",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 20
            );
        }
    }
}
