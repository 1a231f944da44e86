using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Market.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class CrossSell : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "market_bundle",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", nullable: false),
                    StayVoucherText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StayVoucherValue = table.Column<decimal>(type: "TEXT", nullable: true),
                    ExperienceVoucherText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExperienceVoucherValue = table.Column<decimal>(type: "TEXT", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_bundle", x => x.Id);
                    table.CheckConstraint("ck_bundle_price", "\"Price\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "market_coupon",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IssuerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false),
                    MinSpend = table.Column<decimal>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    PerCustomerLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    UsedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Stackable = table.Column<bool>(type: "INTEGER", nullable: false),
                    ScopeOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScopeRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_coupon", x => x.Id);
                    table.CheckConstraint("ck_coupon", "\"UsedCount\" >= 0 AND \"PerCustomerLimit\" >= 1 AND (\"TotalLimit\" IS NULL OR \"UsedCount\" <= \"TotalLimit\") AND \"ValidUntil\" > \"ValidFrom\"");
                });

            migrationBuilder.CreateTable(
                name: "market_pre_sale",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Variety = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ExpectedYield = table.Column<long>(type: "INTEGER", nullable: false),
                    Step = table.Column<long>(type: "INTEGER", nullable: false),
                    PricePerUnit = table.Column<decimal>(type: "TEXT", nullable: false),
                    DepositPerUnit = table.Column<decimal>(type: "TEXT", nullable: false),
                    OrderOpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveryFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeliveryUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MaxPerCustomer = table.Column<long>(type: "INTEGER", nullable: false),
                    Committed = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ActualYield = table.Column<long>(type: "INTEGER", nullable: true),
                    AllocatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_pre_sale", x => x.Id);
                    table.CheckConstraint("ck_presale", "\"Committed\" >= 0 AND \"Step\" > 0 AND \"ExpectedYield\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "market_product_review",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RepliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HiddenBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_product_review", x => x.Id);
                    table.CheckConstraint("ck_review_rating", "\"Rating\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_market_product_review_market_order_line_OrderLineId",
                        column: x => x.OrderLineId,
                        principalTable: "market_order_line",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_bundle_item",
                columns: table => new
                {
                    BundleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_bundle_item", x => new { x.BundleId, x.OfferId });
                    table.ForeignKey(
                        name: "FK_market_bundle_item_market_bundle_BundleId",
                        column: x => x.BundleId,
                        principalTable: "market_bundle",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_market_bundle_item_market_offer_OfferId",
                        column: x => x.OfferId,
                        principalTable: "market_offer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "market_coupon_redemption",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouponId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    N = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_coupon_redemption", x => x.Id);
                    table.CheckConstraint("ck_redemption_n", "\"N\" >= 1");
                    table.ForeignKey(
                        name: "FK_market_coupon_redemption_market_coupon_CouponId",
                        column: x => x.CouponId,
                        principalTable: "market_coupon",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_pre_order",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PreSaleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    Deposit = table.Column<decimal>(type: "TEXT", nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DepositPaidAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FulfilledQuantity = table.Column<long>(type: "INTEGER", nullable: true),
                    BalanceDue = table.Column<decimal>(type: "TEXT", nullable: true),
                    DepositRefund = table.Column<decimal>(type: "TEXT", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_pre_order", x => x.Id);
                    table.CheckConstraint("ck_preorder", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_market_pre_order_market_pre_sale_PreSaleId",
                        column: x => x.PreSaleId,
                        principalTable: "market_pre_sale",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_market_bundle_OrganisationId",
                table: "market_bundle",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_bundle_item_OfferId",
                table: "market_bundle_item",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_Code",
                table: "market_coupon",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_IssuerOrganisationId",
                table: "market_coupon",
                column: "IssuerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_OwnerUserId",
                table: "market_coupon",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_Source_SourceKey",
                table: "market_coupon",
                columns: new[] { "Source", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_redemption_CouponId_CustomerUserId_N",
                table: "market_coupon_redemption",
                columns: new[] { "CouponId", "CustomerUserId", "N" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_coupon_redemption_OrderId",
                table: "market_coupon_redemption",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_market_pre_order_PreSaleId_CreatedAt",
                table: "market_pre_order",
                columns: new[] { "PreSaleId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_market_pre_order_PreSaleId_CustomerUserId",
                table: "market_pre_order",
                columns: new[] { "PreSaleId", "CustomerUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_pre_sale_OrganisationId",
                table: "market_pre_sale",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_pre_sale_Status_OrderClosesAt",
                table: "market_pre_sale",
                columns: new[] { "Status", "OrderClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_market_product_review_OrderLineId",
                table: "market_product_review",
                column: "OrderLineId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_product_review_OrganisationId",
                table: "market_product_review",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_market_product_review_ProductId_CreatedAt",
                table: "market_product_review",
                columns: new[] { "ProductId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "market_bundle_item");

            migrationBuilder.DropTable(
                name: "market_coupon_redemption");

            migrationBuilder.DropTable(
                name: "market_pre_order");

            migrationBuilder.DropTable(
                name: "market_product_review");

            migrationBuilder.DropTable(
                name: "market_bundle");

            migrationBuilder.DropTable(
                name: "market_coupon");

            migrationBuilder.DropTable(
                name: "market_pre_sale");
        }
    }
}
