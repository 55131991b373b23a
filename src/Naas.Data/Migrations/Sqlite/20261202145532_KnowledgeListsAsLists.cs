using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <summary>The knowledge test's last delimited lists become lists (issue 14): a form's item versions, its
    /// subscores, a blueprint's cells and a window's centres. Every existing row is converted in place, in order.</summary>
    public partial class KnowledgeListsAsLists : Migration
    {
        /// <summary>Each row's lines as (row id, position, line): a recursive split on new lines, which SQLite lacks.</summary>
        private static string Lines(string table, string column) =>
            $"""
                WITH RECURSIVE split(id, n, line, rest) AS (
                    SELECT "Id", 0, NULL, "{column}" || char(10) FROM "{table}" WHERE "{column}" IS NOT NULL
                    UNION ALL
                    SELECT id, n + 1, substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1) FROM split WHERE rest <> ''),
                lines AS (SELECT id, n, trim(line, ' ' || char(13) || char(9)) AS line FROM split WHERE n > 0 AND trim(line) <> ''),
                p1 AS (SELECT id, n, line, substr(line, 1, instr(line, '|') - 1) AS a, substr(line, instr(line, '|') + 1) AS r FROM lines),
                p2 AS (SELECT id, n, line, a, substr(r, 1, instr(r, '|') - 1) AS b, substr(r, instr(r, '|') + 1) AS r FROM p1),
                p3 AS (SELECT id, n, line, a, b, CASE instr(r, '|') WHEN 0 THEN r ELSE substr(r, 1, instr(r, '|') - 1) END AS c,
                    CASE instr(r, '|') WHEN 0 THEN NULL ELSE substr(r, instr(r, '|') + 1) END AS d FROM p2)
                """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Guids as EF writes them on SQLite (upper-case text), in the form's order.
            migrationBuilder.Sql(
                """
                UPDATE "KnowledgeAttempts" SET "ItemVersionIds" = '["' || replace(upper("ItemVersionIds"), ',', '","') || '"]';
                """
            );
            migrationBuilder.Sql(
                Lines("TestWindows", "Centres")
                    + """
                    UPDATE "TestWindows" SET "Centres" = coalesce((SELECT json_group_array(line ORDER BY n) FROM lines WHERE lines.id = "TestWindows"."Id"), '[]');
                    """
            );
            migrationBuilder.Sql(
                Lines("KnowledgeBlueprints", "Cells")
                    + """
                    UPDATE "KnowledgeBlueprints" SET "Cells" = coalesce((SELECT json_group_array(json_object('Section', a, 'AreaId', upper(b), 'Count', CAST(c AS INTEGER)) ORDER BY n)
                        FROM p3 WHERE p3.id = "KnowledgeBlueprints"."Id"), '[]');
                    """
            );
            migrationBuilder.Sql(
                Lines("KnowledgeAttempts", "Subscores")
                    + """
                    UPDATE "KnowledgeAttempts" SET "Subscores" = coalesce((SELECT json_group_array(json_object('Section', a, 'AreaId', upper(b), 'Score', json(c), 'Max', json(d)) ORDER BY n)
                        FROM p3 WHERE p3.id = "KnowledgeAttempts"."Id"), '[]');
                    """
            );
            // What is left is making the column NOT NULL, which on SQLite rebuilds the table.
            migrationBuilder.AlterColumn<string>(
                name: "Subscores",
                table: "KnowledgeAttempts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 4000,
                oldNullable: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Subscores",
                table: "KnowledgeAttempts",
                type: "TEXT",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT"
            );
            migrationBuilder.Sql(
                """
                UPDATE "KnowledgeAttempts" SET "ItemVersionIds" = (SELECT group_concat(lower(value), ',' ORDER BY key) FROM json_each("ItemVersionIds"));
                UPDATE "TestWindows" SET "Centres" = coalesce((SELECT group_concat(value, char(10) ORDER BY key) FROM json_each("Centres")), '');
                UPDATE "KnowledgeBlueprints" SET "Cells" = coalesce((SELECT group_concat(json_extract(value, '$.Section') || '|' || lower(json_extract(value, '$.AreaId'))
                    || '|' || json_extract(value, '$.Count'), char(10) ORDER BY key) FROM json_each("Cells")), '');
                UPDATE "KnowledgeAttempts" SET "Subscores" = (SELECT group_concat(json_extract(value, '$.Section') || '|' || lower(json_extract(value, '$.AreaId'))
                    || '|' || json_extract(value, '$.Score') || '|' || json_extract(value, '$.Max'), char(10) ORDER BY key) FROM json_each("Subscores"));
                """
            );
        }
    }
}
