using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Farm.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class DeviceMqttPassword : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MqttPasswordHash",
                schema: "farm",
                table: "farm_device",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MqttPasswordHash",
                schema: "farm",
                table: "farm_device");
        }
    }
}
