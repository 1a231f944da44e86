using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Market.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class CrossSell : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "market_bundle",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Price = table.Column<decimal>(type: "numeric", nullable: false),
                    StayVoucherText = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    StayVoucherValue = table.Column<decimal>(type: "numeric", nullable: true),
                    ExperienceVoucherText = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExperienceVoucherValue = table.Column<decimal>(type: "numeric", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_bundle", x => x.Id);
                    table.CheckConstraint("ck_bundle_price", "\"Price\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "market_coupon",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuerOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<decimal>(type: "numeric", nullable: false),
                    MinSpend = table.Column<decimal>(type: "numeric", nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PerCustomerLimit = table.Column<int>(type: "integer", nullable: false),
                    TotalLimit = table.Column<int>(type: "integer", nullable: true),
                    UsedCount = table.Column<int>(type: "integer", nullable: false),
                    Stackable = table.Column<bool>(type: "boolean", nullable: false),
                    ScopeOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ScopeRegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_coupon", x => x.Id);
                    table.CheckConstraint("ck_coupon", "\"UsedCount\" >= 0 AND \"PerCustomerLimit\" >= 1 AND (\"TotalLimit\" IS NULL OR \"UsedCount\" <= \"TotalLimit\") AND \"ValidUntil\" > \"ValidFrom\"");
                });

            migrationBuilder.CreateTable(
                name: "market_pre_sale",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Variety = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ExpectedYield = table.Column<long>(type: "bigint", nullable: false),
                    Step = table.Column<long>(type: "bigint", nullable: false),
                    PricePerUnit = table.Column<decimal>(type: "numeric", nullable: false),
                    DepositPerUnit = table.Column<decimal>(type: "numeric", nullable: false),
                    OrderOpensAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OrderClosesAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveryFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    DeliveryUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    MaxPerCustomer = table.Column<long>(type: "bigint", nullable: false),
                    Committed = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ActualYield = table.Column<long>(type: "bigint", nullable: true),
                    AllocatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_pre_sale", x => x.Id);
                    table.CheckConstraint("ck_presale", "\"Committed\" >= 0 AND \"Step\" > 0 AND \"ExpectedYield\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "market_product_review",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reply = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RepliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HiddenReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HiddenBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_product_review", x => x.Id);
                    table.CheckConstraint("ck_review_rating", "\"Rating\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_market_product_review_market_order_line_OrderLineId",
                        column: x => x.OrderLineId,
                        principalSchema: "market",
                        principalTable: "market_order_line",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_bundle_item",
                schema: "market",
                columns: table => new
                {
                    BundleId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_bundle_item", x => new { x.BundleId, x.OfferId });
                    table.ForeignKey(
                        name: "FK_market_bundle_item_market_bundle_BundleId",
                        column: x => x.BundleId,
                        principalSchema: "market",
                        principalTable: "market_bundle",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_market_bundle_item_market_offer_OfferId",
                        column: x => x.OfferId,
                        principalSchema: "market",
                        principalTable: "market_offer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "market_coupon_redemption",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouponId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    N = table.Column<int>(type: "integer", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_coupon_redemption", x => x.Id);
                    table.CheckConstraint("ck_redemption_n", "\"N\" >= 1");
                    table.ForeignKey(
                        name: "FK_market_coupon_redemption_market_coupon_CouponId",
                        column: x => x.CouponId,
                        principalSchema: "market",
                        principalTable: "market_coupon",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_pre_order",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PreSaleId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    Deposit = table.Column<decimal>(type: "numeric", nullable: false),
                    PaymentMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DepositPaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FulfilledQuantity = table.Column<long>(type: "bigint", nullable: true),
                    BalanceDue = table.Column<decimal>(type: "numeric", nullable: true),
                    DepositRefund = table.Column<decimal>(type: "numeric", nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_pre_order", x => x.Id);
                    table.CheckConstraint("ck_preorder", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_market_pre_order_market_pre_sale_PreSaleId",
                        column: x => x.PreSaleId,
                        principalSchema: "market",
                        principalTable: "market_pre_sale",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_market_bundle_OrganisationId",
                schema: "market",
                table: "market_bundle",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_bundle_item_OfferId",
                schema: "market",
                table: "market_bundle_item",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_Code",
                schema: "market",
                table: "market_coupon",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_IssuerOrganisationId",
                schema: "market",
                table: "market_coupon",
                column: "IssuerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_OwnerUserId",
                schema: "market",
                table: "market_coupon",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_Source_SourceKey",
                schema: "market",
                table: "market_coupon",
                columns: new[] { "Source", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_redemption_CouponId_CustomerUserId_N",
                schema: "market",
                table: "market_coupon_redemption",
                columns: new[] { "CouponId", "CustomerUserId", "N" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_redemption_OrderId",
                schema: "market",
                table: "market_coupon_redemption",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_market_pre_order_PreSaleId_CreatedAt",
                schema: "market",
                table: "market_pre_order",
                columns: new[] { "PreSaleId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_market_pre_order_PreSaleId_CustomerUserId",
                schema: "market",
                table: "market_pre_order",
                columns: new[] { "PreSaleId", "CustomerUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_pre_sale_OrganisationId",
                schema: "market",
                table: "market_pre_sale",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_pre_sale_Status_OrderClosesAt",
                schema: "market",
                table: "market_pre_sale",
                columns: new[] { "Status", "OrderClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_market_product_review_OrderLineId",
                schema: "market",
                table: "market_product_review",
                column: "OrderLineId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_product_review_OrganisationId",
                schema: "market",
                table: "market_product_review",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_product_review_ProductId_CreatedAt",
                schema: "market",
                table: "market_product_review",
                columns: new[] { "ProductId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "market_bundle_item",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_coupon_redemption",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_pre_order",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_product_review",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_bundle",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_coupon",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_pre_sale",
                schema: "market");
        }
    }
}
