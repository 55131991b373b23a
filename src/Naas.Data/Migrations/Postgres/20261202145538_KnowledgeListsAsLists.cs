using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <summary>The knowledge test's last delimited lists become lists (issue 14): a form's item versions, its
    /// subscores, a blueprint's cells and a window's centres. Every existing row is converted in place, in order.</summary>
    public partial class KnowledgeListsAsLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "a,b,c" becomes {a,b,c}; a window's centres, one per line, become a text array ('' becomes {}).
            migrationBuilder.Sql(
                """
                ALTER TABLE "KnowledgeAttempts" ALTER COLUMN "ItemVersionIds" TYPE uuid[] USING string_to_array("ItemVersionIds", ',')::uuid[];
                ALTER TABLE "TestWindows" ALTER COLUMN "Centres" TYPE text[] USING string_to_array("Centres", E'\n');
                """
            );
            // Lines of "section|area|count" and "section|area|score|max" become JSON arrays of objects. A column's type
            // cannot change through a query, so each is written to a new column that then takes the old one's name.
            migrationBuilder.Sql(
                """
                ALTER TABLE "KnowledgeBlueprints" ADD COLUMN "CellsAsJson" jsonb NOT NULL DEFAULT '[]';
                UPDATE "KnowledgeBlueprints" b SET "CellsAsJson" = coalesce((
                    SELECT jsonb_agg(jsonb_build_object('Section', split_part(l, '|', 1), 'AreaId', split_part(l, '|', 2)::uuid,
                        'Count', split_part(l, '|', 3)::int) ORDER BY n)
                    FROM unnest(string_to_array(b."Cells", E'\n')) WITH ORDINALITY AS t(l, n) WHERE btrim(l) <> ''), '[]');
                ALTER TABLE "KnowledgeBlueprints" DROP COLUMN "Cells";
                ALTER TABLE "KnowledgeBlueprints" RENAME COLUMN "CellsAsJson" TO "Cells";
                ALTER TABLE "KnowledgeBlueprints" ALTER COLUMN "Cells" DROP DEFAULT;

                ALTER TABLE "KnowledgeAttempts" ADD COLUMN "SubscoresAsJson" jsonb NOT NULL DEFAULT '[]';
                UPDATE "KnowledgeAttempts" a SET "SubscoresAsJson" = coalesce((
                    SELECT jsonb_agg(jsonb_build_object('Section', split_part(l, '|', 1), 'AreaId', split_part(l, '|', 2)::uuid,
                        'Score', split_part(l, '|', 3)::numeric, 'Max', split_part(l, '|', 4)::numeric) ORDER BY n)
                    FROM unnest(string_to_array(a."Subscores", E'\n')) WITH ORDINALITY AS t(l, n) WHERE btrim(l) <> ''), '[]');
                ALTER TABLE "KnowledgeAttempts" DROP COLUMN "Subscores";
                ALTER TABLE "KnowledgeAttempts" RENAME COLUMN "SubscoresAsJson" TO "Subscores";
                ALTER TABLE "KnowledgeAttempts" ALTER COLUMN "Subscores" DROP DEFAULT;
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                ALTER TABLE "KnowledgeAttempts" ALTER COLUMN "ItemVersionIds" TYPE character varying(8000) USING array_to_string("ItemVersionIds", ',');
                ALTER TABLE "TestWindows" ALTER COLUMN "Centres" TYPE character varying(2000) USING array_to_string("Centres", E'\n');

                ALTER TABLE "KnowledgeBlueprints" ADD COLUMN "CellsAsText" character varying(4000) NOT NULL DEFAULT '';
                UPDATE "KnowledgeBlueprints" b SET "CellsAsText" = coalesce((
                    SELECT string_agg(c->>'Section' || '|' || (c->>'AreaId') || '|' || (c->>'Count'), E'\n' ORDER BY n)
                    FROM jsonb_array_elements(b."Cells") WITH ORDINALITY AS t(c, n)), '');
                ALTER TABLE "KnowledgeBlueprints" DROP COLUMN "Cells";
                ALTER TABLE "KnowledgeBlueprints" RENAME COLUMN "CellsAsText" TO "Cells";
                ALTER TABLE "KnowledgeBlueprints" ALTER COLUMN "Cells" DROP DEFAULT;

                ALTER TABLE "KnowledgeAttempts" ADD COLUMN "SubscoresAsText" character varying(4000);
                UPDATE "KnowledgeAttempts" a SET "SubscoresAsText" = (
                    SELECT string_agg(c->>'Section' || '|' || (c->>'AreaId') || '|' || (c->>'Score') || '|' || (c->>'Max'), E'\n' ORDER BY n)
                    FROM jsonb_array_elements(a."Subscores") WITH ORDINALITY AS t(c, n));
                ALTER TABLE "KnowledgeAttempts" DROP COLUMN "Subscores";
                ALTER TABLE "KnowledgeAttempts" RENAME COLUMN "SubscoresAsText" TO "Subscores";
                """
            );
        }
    }
}
