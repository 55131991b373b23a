using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CentreCheckInAndAudioDescription : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CheckedInAt",
                table: "TestBookings",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "CheckedInBy",
                table: "TestBookings",
                type: "TEXT",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "DescriptionsKey",
                table: "KnowledgeCases",
                type: "TEXT",
                nullable: true
            );

            migrationBuilder.AddColumn<bool>(
                name: "SoundtrackDescribesAll",
                table: "KnowledgeCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "CheckedInAt", table: "TestBookings");

            migrationBuilder.DropColumn(name: "CheckedInBy", table: "TestBookings");

            migrationBuilder.DropColumn(name: "DescriptionsKey", table: "KnowledgeCases");

            migrationBuilder.DropColumn(name: "SoundtrackDescribesAll", table: "KnowledgeCases");
        }
    }
}
