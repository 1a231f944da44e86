using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Farm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Adoption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "farm_adoption_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FarmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DescriptionZh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SeasonFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SeasonUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", nullable: false),
                    PromisedYield = table.Column<decimal>(type: "TEXT", nullable: false),
                    YieldUnit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    StreamUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    MarketProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketOfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_adoption_plan", x => x.Id);
                    table.CheckConstraint("ck_adoption_plan", "\"Units\" >= 1 AND \"SeasonUntil\" > \"SeasonFrom\"");
                    table.ForeignKey(
                        name: "FK_farm_adoption_plan_farm_plot_PlotId",
                        column: x => x.PlotId,
                        principalTable: "farm_plot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "farm_adoption",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_adoption", x => x.Id);
                    table.ForeignKey(
                        name: "FK_farm_adoption_farm_adoption_plan_PlanId",
                        column: x => x.PlanId,
                        principalTable: "farm_adoption_plan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_CustomerUserId",
                table: "farm_adoption",
                column: "CustomerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_OrderId_PlanId_Seq",
                table: "farm_adoption",
                columns: new[] { "OrderId", "PlanId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_PlanId_UnitNumber",
                table: "farm_adoption",
                columns: new[] { "PlanId", "UnitNumber" },
                unique: true,
                filter: "\"ReleasedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_plan_FarmId",
                table: "farm_adoption_plan",
                column: "FarmId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_plan_MarketOfferId",
                table: "farm_adoption_plan",
                column: "MarketOfferId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_farm_adoption_plan_PlotId",
                table: "farm_adoption_plan",
                column: "PlotId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "farm_adoption");

            migrationBuilder.DropTable(
                name: "farm_adoption_plan");
        }
    }
}
