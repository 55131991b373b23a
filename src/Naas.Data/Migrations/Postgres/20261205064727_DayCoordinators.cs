using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DayCoordinators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "CoordinatorUserIds",
                table: "AssessmentDays",
                type: "uuid[]",
                nullable: false,
                // Days planned before coordinators were given to days have none, until the programme gives them.
                defaultValueSql: "'{}'::uuid[]"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "CoordinatorUserIds", table: "AssessmentDays");
        }
    }
}
