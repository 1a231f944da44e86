using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Stays.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class HousekeepingCleaner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AssignedPersonId",
                schema: "stays",
                table: "stays_housekeeping_task");

            migrationBuilder.DropColumn(
                name: "PhotoId",
                schema: "stays",
                table: "stays_housekeeping_task");

            migrationBuilder.AddColumn<string>(
                name: "CleanerName",
                schema: "stays",
                table: "stays_housekeeping_task",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CleanerPhone",
                schema: "stays",
                table: "stays_housekeeping_task",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "CleanerTokenHash",
                schema: "stays",
                table: "stays_housekeeping_task",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Photo",
                schema: "stays",
                table: "stays_housekeeping_task",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_housekeeping_task_CleanerTokenHash",
                schema: "stays",
                table: "stays_housekeeping_task",
                column: "CleanerTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_stays_housekeeping_task_CleanerTokenHash",
                schema: "stays",
                table: "stays_housekeeping_task");

            migrationBuilder.DropColumn(
                name: "CleanerName",
                schema: "stays",
                table: "stays_housekeeping_task");

            migrationBuilder.DropColumn(
                name: "CleanerPhone",
                schema: "stays",
                table: "stays_housekeeping_task");

            migrationBuilder.DropColumn(
                name: "CleanerTokenHash",
                schema: "stays",
                table: "stays_housekeeping_task");

            migrationBuilder.DropColumn(
                name: "Photo",
                schema: "stays",
                table: "stays_housekeeping_task");

            migrationBuilder.AddColumn<Guid>(
                name: "AssignedPersonId",
                schema: "stays",
                table: "stays_housekeeping_task",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PhotoId",
                schema: "stays",
                table: "stays_housekeeping_task",
                type: "uuid",
                nullable: true);
        }
    }
}
