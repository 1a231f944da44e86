using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Market.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class GroupBuy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_market_order_PickupPointId",
                schema: "market",
                table: "market_order");

            migrationBuilder.CreateTable(
                name: "market_manifest_farm_line",
                schema: "market",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    OrderCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_manifest_farm_line", x => new { x.CampaignId, x.OrganisationId, x.OfferId });
                    table.ForeignKey(
                        name: "FK_market_manifest_farm_line_market_campaign_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "market",
                        principalTable: "market_campaign",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_manifest_point_line",
                schema: "market",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    PickupPointId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    OrderCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_manifest_point_line", x => new { x.CampaignId, x.PickupPointId, x.OfferId });
                    table.ForeignKey(
                        name: "FK_market_manifest_point_line_market_campaign_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "market",
                        principalTable: "market_campaign",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_market_order_PickupPointId_CompletedAt",
                schema: "market",
                table: "market_order",
                columns: new[] { "PickupPointId", "CompletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "market_manifest_farm_line",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_manifest_point_line",
                schema: "market");

            migrationBuilder.DropIndex(
                name: "IX_market_order_PickupPointId_CompletedAt",
                schema: "market",
                table: "market_order");

            migrationBuilder.CreateIndex(
                name: "IX_market_order_PickupPointId",
                schema: "market",
                table: "market_order",
                column: "PickupPointId");
        }
    }
}
