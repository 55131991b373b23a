using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <summary>An item's pool was stored as its number (0 Assessment, 1 Practice); since ItemPoolByName it is stored
    /// by its name. Split from ItemPoolByName so that the update runs after SQLite's rebuild of the table, not while
    /// it is pending. A database that ran ItemPoolByName when it still held this update already has names, which are
    /// kept; any other value becomes NULL and fails the NOT NULL rather than landing in a pool. No model change, so no
    /// designer file.</summary>
    [DbContext(typeof(SqliteNaasDbContext))]
    [Migration("20261207183000_ItemPoolNamesOnSqlite")]
    public partial class ItemPoolNamesOnSqlite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                UPDATE "KnowledgeItems" SET "Pool" = CASE CAST("Pool" AS TEXT)
                    WHEN '0' THEN 'Assessment' WHEN '1' THEN 'Practice'
                    WHEN 'Assessment' THEN 'Assessment' WHEN 'Practice' THEN 'Practice' END;
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
        }
    }
}
