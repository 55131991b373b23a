using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneReleasePerAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_ResultReleases_EndorsementId", table: "ResultReleases");

            migrationBuilder.CreateIndex(
                name: "IX_ResultReleases_EndorsementId",
                table: "ResultReleases",
                column: "EndorsementId",
                unique: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_ResultReleases_EndorsementId", table: "ResultReleases");

            migrationBuilder.CreateIndex(
                name: "IX_ResultReleases_EndorsementId",
                table: "ResultReleases",
                column: "EndorsementId"
            );
        }
    }
}
