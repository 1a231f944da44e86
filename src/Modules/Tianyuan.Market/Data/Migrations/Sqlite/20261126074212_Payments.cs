using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Market.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ByUserId",
                table: "market_order_refund",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "market_order_refund",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "RequestHash",
                table: "market_order_refund",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StockReturned",
                table: "market_order_refund",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "RefundCount",
                table: "market_order",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "market_complaint",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ResolutionNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RefundId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResolvedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_complaint", x => x.Id);
                    table.ForeignKey(
                        name: "FK_market_complaint_market_order_OrderId",
                        column: x => x.OrderId,
                        principalTable: "market_order",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_order_invoice",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TitleKind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TaxpayerId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Special = table.Column<bool>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BankAccount = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_order_invoice", x => x.OrderId);
                    table.ForeignKey(
                        name: "FK_market_order_invoice_market_order_OrderId",
                        column: x => x.OrderId,
                        principalTable: "market_order",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_order_refund_line",
                columns: table => new
                {
                    RefundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_order_refund_line", x => new { x.RefundId, x.LineId });
                    table.CheckConstraint("ck_refund_line", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_market_order_refund_line_market_order_line_LineId",
                        column: x => x.LineId,
                        principalTable: "market_order_line",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_market_order_refund_line_market_order_refund_RefundId",
                        column: x => x.RefundId,
                        principalTable: "market_order_refund",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_payment_intent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_payment_intent", x => x.Id);
                    table.CheckConstraint("ck_intent_amount", "\"Amount\" > 0");
                    table.ForeignKey(
                        name: "FK_market_payment_intent_market_order_OrderId",
                        column: x => x.OrderId,
                        principalTable: "market_order",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_setting",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_setting", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "market_complaint_photo",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jpeg = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_complaint_photo", x => x.Id);
                    table.ForeignKey(
                        name: "FK_market_complaint_photo_market_complaint_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "market_complaint",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_provider_event",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IntentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_provider_event", x => x.Id);
                    table.ForeignKey(
                        name: "FK_market_provider_event_market_payment_intent_IntentId",
                        column: x => x.IntentId,
                        principalTable: "market_payment_intent",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_market_order_refund_OrderId_IdempotencyKey",
                table: "market_order_refund",
                columns: new[] { "OrderId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_complaint_OrderId",
                table: "market_complaint",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_market_complaint_Status",
                table: "market_complaint",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_market_complaint_photo_ComplaintId",
                table: "market_complaint_photo",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_market_order_refund_line_LineId",
                table: "market_order_refund_line",
                column: "LineId");

            migrationBuilder.CreateIndex(
                name: "IX_market_payment_intent_OrderId",
                table: "market_payment_intent",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_market_provider_event_IntentId",
                table: "market_provider_event",
                column: "IntentId");

            migrationBuilder.CreateIndex(
                name: "IX_market_provider_event_Provider_EventId",
                table: "market_provider_event",
                columns: new[] { "Provider", "EventId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "market_complaint_photo");

            migrationBuilder.DropTable(
                name: "market_order_invoice");

            migrationBuilder.DropTable(
                name: "market_order_refund_line");

            migrationBuilder.DropTable(
                name: "market_provider_event");

            migrationBuilder.DropTable(
                name: "market_setting");

            migrationBuilder.DropTable(
                name: "market_complaint");

            migrationBuilder.DropTable(
                name: "market_payment_intent");

            migrationBuilder.DropIndex(
                name: "IX_market_order_refund_OrderId_IdempotencyKey",
                table: "market_order_refund");

            migrationBuilder.DropColumn(
                name: "ByUserId",
                table: "market_order_refund");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "market_order_refund");

            migrationBuilder.DropColumn(
                name: "RequestHash",
                table: "market_order_refund");

            migrationBuilder.DropColumn(
                name: "StockReturned",
                table: "market_order_refund");

            migrationBuilder.DropColumn(
                name: "RefundCount",
                table: "market_order");
        }
    }
}
