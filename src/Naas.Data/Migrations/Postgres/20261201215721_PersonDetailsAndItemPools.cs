using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PersonDetailsAndItemPools : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DetailsOrganisationId",
                table: "SocialWorkers",
                type: "uuid",
                nullable: true
            );

            migrationBuilder.AddColumn<int>(
                name: "Pool",
                table: "KnowledgeItems",
                type: "integer",
                nullable: false,
                defaultValue: 0
            );

            // ADR 0014: the employer that first recorded each person holds their details.
            migrationBuilder.Sql(
                """
                UPDATE "SocialWorkers" SET "DetailsOrganisationId" = (SELECT e."OrganisationId" FROM "Engagements" e
                    WHERE e."SocialWorkerId" = "SocialWorkers"."Id" ORDER BY e."Start", e."Id" LIMIT 1)
                """
            );
            // An item already shown on a practice form has had its answer shown: it can only ever be a practice item.
            migrationBuilder.Sql(
                """
                UPDATE "KnowledgeItems" SET "Pool" = 1 WHERE EXISTS (SELECT 1 FROM "KnowledgeItemVersions" v
                    JOIN "KnowledgeAttempts" a ON strpos(a."ItemVersionIds", v."Id"::text) > 0
                    JOIN "KnowledgeBlueprints" b ON b."Id" = a."BlueprintId"
                    WHERE v."ItemId" = "KnowledgeItems"."Id" AND b."IsPractice")
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "DetailsOrganisationId", table: "SocialWorkers");

            migrationBuilder.DropColumn(name: "Pool", table: "KnowledgeItems");
        }
    }
}
