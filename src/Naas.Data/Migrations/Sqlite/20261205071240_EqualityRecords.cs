using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EqualityRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EqualityRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Disability = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EqualityRecords", x => x.Id);
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_EqualityRecords_SocialWorkerId",
                table: "EqualityRecords",
                column: "SocialWorkerId",
                unique: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "EqualityRecords");
        }
    }
}
