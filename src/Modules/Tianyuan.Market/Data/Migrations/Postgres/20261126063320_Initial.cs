using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tianyuan.Market.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "market");

            migrationBuilder.CreateTable(
                name: "market_campaign",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OpensAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CutOffAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PickupDate = table.Column<DateOnly>(type: "date", nullable: false),
                    MinGroupSize = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ShareToken = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrderCount = table.Column<int>(type: "integer", nullable: false),
                    FrozenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_campaign", x => x.Id);
                    table.CheckConstraint("ck_campaign_times", "\"CutOffAt\" > \"OpensAt\" AND \"MinGroupSize\" >= 1 AND \"OrderCount\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "market_job_lease",
                schema: "market",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_job_lease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "market_order_event",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_order_event", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "market_order_refund",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_order_refund", x => x.Id);
                    table.CheckConstraint("ck_refund_amount", "\"Amount\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "market_outbox",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "market_pickup_point",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Community = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    OpeningHours = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    LeaderName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LeaderPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CommissionRate = table.Column<decimal>(type: "numeric", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_pickup_point", x => x.Id);
                    table.CheckConstraint("ck_point", "\"Capacity\" >= 1 AND \"CommissionRate\" >= 0 AND \"CommissionRate\" <= 0.3");
                });

            migrationBuilder.CreateTable(
                name: "market_product",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    DescriptionZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: true),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Storage = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    GradingStandard = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ShelfLifeDays = table.Column<int>(type: "integer", nullable: false),
                    ProducedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Gtin = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_product", x => x.Id);
                    table.CheckConstraint("ck_product_shelf_life", "\"ShelfLifeDays\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "market_order",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    PickupPointId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DeliveryAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Subtotal = table.Column<decimal>(type: "numeric", nullable: false),
                    Discount = table.Column<decimal>(type: "numeric", nullable: false),
                    Total = table.Column<decimal>(type: "numeric", nullable: false),
                    Refunded = table.Column<decimal>(type: "numeric", nullable: false),
                    PaymentMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PickupCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ParcelToken = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestHash = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_order", x => x.Id);
                    table.CheckConstraint("ck_order_money", "\"Subtotal\" >= 0 AND \"Discount\" >= 0 AND \"Total\" >= 0 AND \"Refunded\" >= 0");
                    table.ForeignKey(
                        name: "FK_market_order_market_campaign_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "market",
                        principalTable: "market_campaign",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_market_order_market_pickup_point_PickupPointId",
                        column: x => x.PickupPointId,
                        principalSchema: "market",
                        principalTable: "market_pickup_point",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "market_offer",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    NameZh = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Grade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Size = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Packaging = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MinQuantity = table.Column<long>(type: "bigint", nullable: false),
                    Step = table.Column<long>(type: "bigint", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric", nullable: false),
                    Available = table.Column<long>(type: "bigint", nullable: false),
                    Reserved = table.Column<long>(type: "bigint", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_offer", x => x.Id);
                    table.CheckConstraint("ck_offer_stock", "\"Available\" >= 0 AND \"Reserved\" >= 0 AND \"UnitPrice\" > 0 AND \"Step\" > 0 AND \"MinQuantity\" > 0");
                    table.ForeignKey(
                        name: "FK_market_offer_market_product_ProductId",
                        column: x => x.ProductId,
                        principalSchema: "market",
                        principalTable: "market_product",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_campaign_item",
                schema: "market",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupPrice = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_campaign_item", x => new { x.CampaignId, x.OfferId });
                    table.CheckConstraint("ck_campaign_price", "\"GroupPrice\" > 0");
                    table.ForeignKey(
                        name: "FK_market_campaign_item_market_campaign_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "market",
                        principalTable: "market_campaign",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_market_campaign_item_market_offer_OfferId",
                        column: x => x.OfferId,
                        principalSchema: "market",
                        principalTable: "market_offer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "market_order_line",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    NameZh = table.Column<string>(type: "character varying(110)", maxLength: 110, nullable: false),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric", nullable: false),
                    LineTotal = table.Column<decimal>(type: "numeric", nullable: false),
                    ReturnedQuantity = table.Column<long>(type: "bigint", nullable: false),
                    LotCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_order_line", x => x.Id);
                    table.CheckConstraint("ck_order_line", "\"Quantity\" > 0 AND \"ReturnedQuantity\" >= 0 AND \"ReturnedQuantity\" <= \"Quantity\"");
                    table.ForeignKey(
                        name: "FK_market_order_line_market_offer_OfferId",
                        column: x => x.OfferId,
                        principalSchema: "market",
                        principalTable: "market_offer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_market_order_line_market_order_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "market",
                        principalTable: "market_order",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_stock_lot",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    LotCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HarvestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    BestBefore = table.Column<DateOnly>(type: "date", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    Remaining = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_stock_lot", x => x.Id);
                    table.CheckConstraint("ck_lot_remaining", "\"Remaining\" >= 0 AND \"Remaining\" <= \"Quantity\"");
                    table.ForeignKey(
                        name: "FK_market_stock_lot_market_offer_OfferId",
                        column: x => x.OfferId,
                        principalSchema: "market",
                        principalTable: "market_offer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_market_campaign_OrganisationId",
                schema: "market",
                table: "market_campaign",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_campaign_ShareToken",
                schema: "market",
                table: "market_campaign",
                column: "ShareToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_campaign_Status_CutOffAt",
                schema: "market",
                table: "market_campaign",
                columns: new[] { "Status", "CutOffAt" });

            migrationBuilder.CreateIndex(
                name: "IX_market_campaign_item_OfferId",
                schema: "market",
                table: "market_campaign_item",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_market_offer_ProductId",
                schema: "market",
                table: "market_offer",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_market_order_CampaignId_PickupPointId",
                schema: "market",
                table: "market_order",
                columns: new[] { "CampaignId", "PickupPointId" });

            migrationBuilder.CreateIndex(
                name: "IX_market_order_CreatedAt",
                schema: "market",
                table: "market_order",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_market_order_CustomerUserId_CreatedAt",
                schema: "market",
                table: "market_order",
                columns: new[] { "CustomerUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_market_order_CustomerUserId_IdempotencyKey",
                schema: "market",
                table: "market_order",
                columns: new[] { "CustomerUserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_order_Number",
                schema: "market",
                table: "market_order",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_order_ParcelToken",
                schema: "market",
                table: "market_order",
                column: "ParcelToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_order_PickupPointId",
                schema: "market",
                table: "market_order",
                column: "PickupPointId");

            migrationBuilder.CreateIndex(
                name: "IX_market_order_event_OrderId_At",
                schema: "market",
                table: "market_order_event",
                columns: new[] { "OrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_market_order_line_OfferId",
                schema: "market",
                table: "market_order_line",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_market_order_line_OrderId",
                schema: "market",
                table: "market_order_line",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_market_order_line_OrganisationId_OrderId",
                schema: "market",
                table: "market_order_line",
                columns: new[] { "OrganisationId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_market_order_refund_OrderId",
                schema: "market",
                table: "market_order_refund",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_market_outbox_ProcessedAt_NextAttemptAt",
                schema: "market",
                table: "market_outbox",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_market_pickup_point_OrganisationId",
                schema: "market",
                table: "market_pickup_point",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_product_OrganisationId",
                schema: "market",
                table: "market_product",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_product_RegionCode",
                schema: "market",
                table: "market_product",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_market_stock_lot_OfferId_LotCode",
                schema: "market",
                table: "market_stock_lot",
                columns: new[] { "OfferId", "LotCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "market_campaign_item",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_job_lease",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_order_event",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_order_line",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_order_refund",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_outbox",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_stock_lot",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_order",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_offer",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_campaign",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_pickup_point",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_product",
                schema: "market");
        }
    }
}
