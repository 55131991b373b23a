using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Naas.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReflectiveConversation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReflectiveGuides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Prompts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectiveGuides", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "ReflectiveConversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    GuideId = table.Column<Guid>(type: "uuid", nullable: false),
                    SocialWorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    EndorsementId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObserverId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    MaxScore = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ElementMarkId = table.Column<Guid>(type: "uuid", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectiveConversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReflectiveConversations_Observers_ObserverId",
                        column: x => x.ObserverId,
                        principalTable: "Observers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                    table.ForeignKey(
                        name: "FK_ReflectiveConversations_ReflectiveGuides_GuideId",
                        column: x => x.GuideId,
                        principalTable: "ReflectiveGuides",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "ReflectiveCriterion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GuideId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AreaNumber = table.Column<int>(type: "integer", nullable: true),
                    MaxMarks = table.Column<int>(type: "integer", nullable: false),
                    Guidance = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectiveCriterion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReflectiveCriterion_ReflectiveGuides_GuideId",
                        column: x => x.GuideId,
                        principalTable: "ReflectiveGuides",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "ReflectiveCriterionMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Criterion = table.Column<int>(type: "integer", nullable: false),
                    Marks = table.Column<int>(type: "integer", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectiveCriterionMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReflectiveCriterionMarks_ReflectiveConversations_Conversati~",
                        column: x => x.ConversationId,
                        principalTable: "ReflectiveConversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveConversations_EndorsementId",
                table: "ReflectiveConversations",
                column: "EndorsementId",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveConversations_GuideId",
                table: "ReflectiveConversations",
                column: "GuideId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveConversations_ObserverId",
                table: "ReflectiveConversations",
                column: "ObserverId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveConversations_SessionId",
                table: "ReflectiveConversations",
                column: "SessionId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveConversations_SocialWorkerId",
                table: "ReflectiveConversations",
                column: "SocialWorkerId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveCriterion_GuideId_Number",
                table: "ReflectiveCriterion",
                columns: new[] { "GuideId", "Number" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveCriterionMarks_ConversationId_Criterion",
                table: "ReflectiveCriterionMarks",
                columns: new[] { "ConversationId", "Criterion" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveGuides_Level_Version",
                table: "ReflectiveGuides",
                columns: new[] { "Level", "Version" },
                unique: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "ReflectiveCriterion");

            migrationBuilder.DropTable(name: "ReflectiveCriterionMarks");

            migrationBuilder.DropTable(name: "ReflectiveConversations");

            migrationBuilder.DropTable(name: "ReflectiveGuides");
        }
    }
}
