using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReaccreditationShortAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "Reaccreditations",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "Reaccreditations",
                type: "TEXT",
                maxLength: 500,
                nullable: true
            );

            migrationBuilder.AddColumn<double>(
                name: "ShortAssessmentMax",
                table: "Reaccreditations",
                type: "REAL",
                precision: 10,
                scale: 2,
                nullable: true
            );

            migrationBuilder.AddColumn<double>(
                name: "ShortAssessmentPassMark",
                table: "Reaccreditations",
                type: "REAL",
                precision: 10,
                scale: 2,
                nullable: true
            );

            migrationBuilder.AddColumn<long>(
                name: "ShortAssessmentRecordedAt",
                table: "Reaccreditations",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "ShortAssessmentRecordedBy",
                table: "Reaccreditations",
                type: "TEXT",
                maxLength: 200,
                nullable: true
            );

            migrationBuilder.AddColumn<bool>(
                name: "ShortAssessmentRequired",
                table: "Reaccreditations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<double>(
                name: "ShortAssessmentScore",
                table: "Reaccreditations",
                type: "REAL",
                precision: 10,
                scale: 2,
                nullable: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "ClosedAt", table: "Reaccreditations");

            migrationBuilder.DropColumn(name: "ClosedReason", table: "Reaccreditations");

            migrationBuilder.DropColumn(name: "ShortAssessmentMax", table: "Reaccreditations");

            migrationBuilder.DropColumn(name: "ShortAssessmentPassMark", table: "Reaccreditations");

            migrationBuilder.DropColumn(name: "ShortAssessmentRecordedAt", table: "Reaccreditations");

            migrationBuilder.DropColumn(name: "ShortAssessmentRecordedBy", table: "Reaccreditations");

            migrationBuilder.DropColumn(name: "ShortAssessmentRequired", table: "Reaccreditations");

            migrationBuilder.DropColumn(name: "ShortAssessmentScore", table: "Reaccreditations");
        }
    }
}
