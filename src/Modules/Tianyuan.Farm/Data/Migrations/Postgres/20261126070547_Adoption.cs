using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Farm.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Adoption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "farm_adoption_plan",
                schema: "farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FarmId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlotId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DescriptionZh = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SeasonFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    SeasonUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Price = table.Column<decimal>(type: "numeric", nullable: false),
                    PromisedYield = table.Column<decimal>(type: "numeric", nullable: false),
                    YieldUnit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Units = table.Column<int>(type: "integer", nullable: false),
                    StreamUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    MarketProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketOfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_adoption_plan", x => x.Id);
                    table.CheckConstraint("ck_adoption_plan", "\"Units\" >= 1 AND \"SeasonUntil\" > \"SeasonFrom\"");
                    table.ForeignKey(
                        name: "FK_farm_adoption_plan_farm_plot_PlotId",
                        column: x => x.PlotId,
                        principalSchema: "farm",
                        principalTable: "farm_plot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "farm_adoption",
                schema: "farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitNumber = table.Column<int>(type: "integer", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_adoption", x => x.Id);
                    table.ForeignKey(
                        name: "FK_farm_adoption_farm_adoption_plan_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "farm",
                        principalTable: "farm_adoption_plan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_CustomerUserId",
                schema: "farm",
                table: "farm_adoption",
                column: "CustomerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_OrderId_PlanId_Seq",
                schema: "farm",
                table: "farm_adoption",
                columns: new[] { "OrderId", "PlanId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_PlanId_UnitNumber",
                schema: "farm",
                table: "farm_adoption",
                columns: new[] { "PlanId", "UnitNumber" },
                unique: true,
                filter: "\"ReleasedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_plan_FarmId",
                schema: "farm",
                table: "farm_adoption_plan",
                column: "FarmId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_plan_MarketOfferId",
                schema: "farm",
                table: "farm_adoption_plan",
                column: "MarketOfferId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_plan_PlotId",
                schema: "farm",
                table: "farm_adoption_plan",
                column: "PlotId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "farm_adoption",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_adoption_plan",
                schema: "farm");
        }
    }
}
