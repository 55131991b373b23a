using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TypedAuditEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EventType",
                table: "AuditEvents",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "EarlierRecord"
            );

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "AuditEvents",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}"
            );

            migrationBuilder.AddColumn<Guid>(
                name: "SocialWorkerId",
                table: "AuditEvents",
                type: "TEXT",
                nullable: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_SocialWorkerId_OccurredAt",
                table: "AuditEvents",
                columns: new[] { "SocialWorkerId", "OccurredAt" }
            );

            // Rows written before changes were typed stay as they were, read as earlier records, and are linked
            // to the person they concern.
            foreach (var sql in AuditBackfill.Statements())
                migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_AuditEvents_SocialWorkerId_OccurredAt", table: "AuditEvents");

            migrationBuilder.DropColumn(name: "EventType", table: "AuditEvents");

            migrationBuilder.DropColumn(name: "Payload", table: "AuditEvents");

            migrationBuilder.DropColumn(name: "SocialWorkerId", table: "AuditEvents");
        }
    }
}
