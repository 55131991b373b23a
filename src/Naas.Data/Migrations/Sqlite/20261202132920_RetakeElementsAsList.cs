using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RetakeElementsAsList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "|Knowledge|Written|" becomes ["Knowledge","Written"], the JSON EF reads a list from on SQLite.
            migrationBuilder.Sql(
                """
                UPDATE "Endorsements" SET "RetakeElements" = '["' || replace(trim("RetakeElements", '|'), '|', '","') || '"]'
                WHERE "RetakeElements" IS NOT NULL
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                UPDATE "Endorsements" SET "RetakeElements" = '|' || replace(replace(replace("RetakeElements", '["', ''), '"]', ''), '","', '|') || '|'
                WHERE "RetakeElements" IS NOT NULL
                """
            );
        }
    }
}
