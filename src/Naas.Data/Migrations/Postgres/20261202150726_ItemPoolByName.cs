using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ItemPoolByName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An item's pool was stored as its number (0 Assessment, 1 Practice); like every other enum it is now stored
            // by its name, so reordering the enum cannot move an item between pools. Any other number fails the NOT NULL.
            migrationBuilder.Sql(
                """
                ALTER TABLE "KnowledgeItems" ALTER COLUMN "Pool" DROP DEFAULT;
                ALTER TABLE "KnowledgeItems" ALTER COLUMN "Pool" TYPE character varying(20)
                    USING CASE "Pool" WHEN 0 THEN 'Assessment' WHEN 1 THEN 'Practice' END;
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                ALTER TABLE "KnowledgeItems" ALTER COLUMN "Pool" TYPE integer
                    USING CASE "Pool" WHEN 'Assessment' THEN 0 WHEN 'Practice' THEN 1 END;
                ALTER TABLE "KnowledgeItems" ALTER COLUMN "Pool" SET DEFAULT 0;
                """
            );
        }
    }
}
