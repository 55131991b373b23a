using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RetakeElementsAsList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "|Knowledge|Written|" becomes {Knowledge,Written}: the delimited text is split as the column changes type.
            migrationBuilder.Sql(
                """
                ALTER TABLE "Endorsements" ALTER COLUMN "RetakeElements" TYPE text[]
                    USING CASE WHEN "RetakeElements" IS NULL THEN NULL ELSE string_to_array(btrim("RetakeElements", '|'), '|') END
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                ALTER TABLE "Endorsements" ALTER COLUMN "RetakeElements" TYPE character varying(400)
                    USING CASE WHEN "RetakeElements" IS NULL THEN NULL ELSE '|' || array_to_string("RetakeElements", '|') || '|' END
                """
            );
        }
    }
}
