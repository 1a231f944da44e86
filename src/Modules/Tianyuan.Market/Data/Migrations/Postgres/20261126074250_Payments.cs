using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tianyuan.Market.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ByUserId",
                schema: "market",
                table: "market_order_refund",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                schema: "market",
                table: "market_order_refund",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "RequestHash",
                schema: "market",
                table: "market_order_refund",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StockReturned",
                schema: "market",
                table: "market_order_refund",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "RefundCount",
                schema: "market",
                table: "market_order",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "market_complaint",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Resolution = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    ResolutionNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RefundId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResolvedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_complaint", x => x.Id);
                    table.ForeignKey(
                        name: "FK_market_complaint_market_order_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "market",
                        principalTable: "market_order",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_order_invoice",
                schema: "market",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    TitleKind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TaxpayerId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Special = table.Column<bool>(type: "boolean", nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    BankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BankAccount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InvoiceNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_order_invoice", x => x.OrderId);
                    table.ForeignKey(
                        name: "FK_market_order_invoice_market_order_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "market",
                        principalTable: "market_order",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_order_refund_line",
                schema: "market",
                columns: table => new
                {
                    RefundId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_order_refund_line", x => new { x.RefundId, x.LineId });
                    table.CheckConstraint("ck_refund_line", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_market_order_refund_line_market_order_line_LineId",
                        column: x => x.LineId,
                        principalSchema: "market",
                        principalTable: "market_order_line",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_market_order_refund_line_market_order_refund_RefundId",
                        column: x => x.RefundId,
                        principalSchema: "market",
                        principalTable: "market_order_refund",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_payment_intent",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_payment_intent", x => x.Id);
                    table.CheckConstraint("ck_intent_amount", "\"Amount\" > 0");
                    table.ForeignKey(
                        name: "FK_market_payment_intent_market_order_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "market",
                        principalTable: "market_order",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_setting",
                schema: "market",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_setting", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "market_complaint_photo",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jpeg = table.Column<byte[]>(type: "bytea", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_complaint_photo", x => x.Id);
                    table.ForeignKey(
                        name: "FK_market_complaint_photo_market_complaint_ComplaintId",
                        column: x => x.ComplaintId,
                        principalSchema: "market",
                        principalTable: "market_complaint",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "market_provider_event",
                schema: "market",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EventId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IntentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_provider_event", x => x.Id);
                    table.ForeignKey(
                        name: "FK_market_provider_event_market_payment_intent_IntentId",
                        column: x => x.IntentId,
                        principalSchema: "market",
                        principalTable: "market_payment_intent",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_market_order_refund_OrderId_IdempotencyKey",
                schema: "market",
                table: "market_order_refund",
                columns: new[] { "OrderId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_complaint_OrderId",
                schema: "market",
                table: "market_complaint",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_market_complaint_Status",
                schema: "market",
                table: "market_complaint",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_market_complaint_photo_ComplaintId",
                schema: "market",
                table: "market_complaint_photo",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_market_order_refund_line_LineId",
                schema: "market",
                table: "market_order_refund_line",
                column: "LineId");

            migrationBuilder.CreateIndex(
                name: "IX_market_payment_intent_OrderId",
                schema: "market",
                table: "market_payment_intent",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_market_provider_event_IntentId",
                schema: "market",
                table: "market_provider_event",
                column: "IntentId");

            migrationBuilder.CreateIndex(
                name: "IX_market_provider_event_Provider_EventId",
                schema: "market",
                table: "market_provider_event",
                columns: new[] { "Provider", "EventId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "market_complaint_photo",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_order_invoice",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_order_refund_line",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_provider_event",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_setting",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_complaint",
                schema: "market");

            migrationBuilder.DropTable(
                name: "market_payment_intent",
                schema: "market");

            migrationBuilder.DropIndex(
                name: "IX_market_order_refund_OrderId_IdempotencyKey",
                schema: "market",
                table: "market_order_refund");

            migrationBuilder.DropColumn(
                name: "ByUserId",
                schema: "market",
                table: "market_order_refund");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                schema: "market",
                table: "market_order_refund");

            migrationBuilder.DropColumn(
                name: "RequestHash",
                schema: "market",
                table: "market_order_refund");

            migrationBuilder.DropColumn(
                name: "StockReturned",
                schema: "market",
                table: "market_order_refund");

            migrationBuilder.DropColumn(
                name: "RefundCount",
                schema: "market",
                table: "market_order");
        }
    }
}
