using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ItemSuspension : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SuspensionEvidence",
                table: "KnowledgeItemVersions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "SuspensionEvidence", table: "KnowledgeItemVersions");
        }
    }
}
