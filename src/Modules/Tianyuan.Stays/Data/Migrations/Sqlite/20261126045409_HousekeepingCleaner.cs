using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Stays.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class HousekeepingCleaner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AssignedPersonId",
                table: "stays_housekeeping_task");

            migrationBuilder.DropColumn(
                name: "PhotoId",
                table: "stays_housekeeping_task");

            migrationBuilder.AddColumn<string>(
                name: "CleanerName",
                table: "stays_housekeeping_task",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CleanerPhone",
                table: "stays_housekeeping_task",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "CleanerTokenHash",
                table: "stays_housekeeping_task",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Photo",
                table: "stays_housekeeping_task",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_housekeeping_task_CleanerTokenHash",
                table: "stays_housekeeping_task",
                column: "CleanerTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_stays_housekeeping_task_CleanerTokenHash",
                table: "stays_housekeeping_task");

            migrationBuilder.DropColumn(
                name: "CleanerName",
                table: "stays_housekeeping_task");

            migrationBuilder.DropColumn(
                name: "CleanerPhone",
                table: "stays_housekeeping_task");

            migrationBuilder.DropColumn(
                name: "CleanerTokenHash",
                table: "stays_housekeeping_task");

            migrationBuilder.DropColumn(
                name: "Photo",
                table: "stays_housekeeping_task");

            migrationBuilder.AddColumn<Guid>(
                name: "AssignedPersonId",
                table: "stays_housekeeping_task",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PhotoId",
                table: "stays_housekeeping_task",
                type: "TEXT",
                nullable: true);
        }
    }
}
