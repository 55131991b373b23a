using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReaccreditationShortAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "Reaccreditations",
                type: "timestamp with time zone",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "Reaccreditations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true
            );

            migrationBuilder.AddColumn<decimal>(
                name: "ShortAssessmentMax",
                table: "Reaccreditations",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: true
            );

            migrationBuilder.AddColumn<decimal>(
                name: "ShortAssessmentPassMark",
                table: "Reaccreditations",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: true
            );

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ShortAssessmentRecordedAt",
                table: "Reaccreditations",
                type: "timestamp with time zone",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "ShortAssessmentRecordedBy",
                table: "Reaccreditations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true
            );

            migrationBuilder.AddColumn<bool>(
                name: "ShortAssessmentRequired",
                table: "Reaccreditations",
                type: "boolean",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<decimal>(
                name: "ShortAssessmentScore",
                table: "Reaccreditations",
                type: "numeric(10,2)",
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
