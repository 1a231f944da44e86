extern alias TraceVerify;

namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Kernel.Demo;
using Tianyuan.Trace.Log;
using TraceVerify::Tianyuan.TraceVerify;

/// <summary>
/// The transparency log over HTTP: captured events are queued and become leaves when the leased appender runs, the
/// leased checkpoint job signs checkpoints, and what the app serves (checkpoint, public key, proofs) checks out with the auditor's own code —
/// and a row edited behind the app's back is reported as not verified.
/// </summary>
public class TransparencyLogTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    /// <summary>A serial no other test (or earlier run) uses.</summary>
    static readonly string Run = Guid.NewGuid().ToString("N")[..8];

    static int serial;

    [Fact]
    public async Task Captured_events_are_proven_against_a_signed_checkpoint_with_the_auditors_verifier()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var hashes = new List<string>();
        for (var i = 0; i < 3; i++)
            hashes.Add(await CaptureAsync(farmer, NewEvent()));
        await TraceTestData.LogAndSignAsync(app);

        using var client = app.Client();
        var note = await client.GetStringAsync("/api/trace/log/checkpoint");
        var pem = await client.GetStringAsync("/api/trace/log/public-key");
        var origin = note.Split('\n')[0];
        using var key = CheckpointKey.FromPublicKeyPem(origin, pem);
        var checkpoint = key.Verify(note);
        Assert.True(checkpoint.Ok, checkpoint.Error);
        var json = await CheckpointJsonAsync(client);
        Assert.Equal(note, json.GetProperty("note").GetString());
        Assert.Equal(checkpoint.Value.Size, json.GetProperty("size").GetInt64());

        var folder = Directory.CreateTempSubdirectory("ty-tlog-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "checkpoint"), note);
        await File.WriteAllTextAsync(Path.Combine(folder, "key.pem"), pem);
        Assert.StartsWith("OK", RunVerifier("verify-checkpoint", Path.Combine(folder, "checkpoint"), Path.Combine(folder, "key.pem")), StringComparison.Ordinal);
        foreach (var hash in hashes)
        {
            var proof = await client.GetFromJsonAsync<JsonElement>($"/api/trace/log/proof/inclusion?eventHash={Uri.EscapeDataString(hash)}");
            var index = proof.GetProperty("leafIndex").GetInt64();
            Assert.Equal(checkpoint.Value.Size, proof.GetProperty("treeSize").GetInt64());
            Assert.Equal(Convert.ToBase64String(checkpoint.Value.RootHash), proof.GetProperty("rootHash").GetString());
            Assert.Equal(Convert.ToBase64String(LogLeaf.ForEventHash(hash).Value), proof.GetProperty("leafHash").GetString());
            Assert.True(MerkleProof.VerifyInclusion(LogLeaf.ForEventHash(hash).Value, index, checkpoint.Value.Size, Hashes(proof), checkpoint.Value.RootHash));
            await File.WriteAllTextAsync(Path.Combine(folder, "proof"), ProofFile.Write(Hashes(proof)));
            Assert.StartsWith("OK", RunVerifier("verify-inclusion", hash, $"{index}", $"{checkpoint.Value.Size}", Convert.ToBase64String(checkpoint.Value.RootHash), Path.Combine(folder, "proof")), StringComparison.Ordinal);

            var verification = await client.GetFromJsonAsync<JsonElement>($"/api/trace/events/{Uri.EscapeDataString(hash)}/verification");
            Assert.True(verification.GetProperty("verified").GetBoolean(), verification.ToString());
            Assert.Equal(index, verification.GetProperty("leafIndex").GetInt64());
        }
    }

    [Fact]
    public async Task A_later_checkpoint_is_proven_to_extend_an_earlier_one_and_duplicates_are_logged_once()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        await CaptureAsync(farmer, NewEvent());
        await TraceTestData.LogAndSignAsync(app);
        using var client = app.Client();
        var old = await client.GetStringAsync("/api/trace/log/checkpoint");

        var twice = NewEvent();
        await CaptureAsync(farmer, twice);
        await CaptureAsync(farmer, twice, HttpStatusCode.OK);
        await CaptureAsync(farmer, NewEvent());
        await TraceTestData.LogAndSignAsync(app);
        var current = await client.GetStringAsync("/api/trace/log/checkpoint");

        var (oldSize, newSize) = (Checkpoint(old).Size, Checkpoint(current).Size);
        Assert.Equal(oldSize + 2, newSize);
        var proof = Hashes(await client.GetFromJsonAsync<JsonElement>($"/api/trace/log/proof/consistency?from={oldSize}&to={newSize}"));
        Assert.True(MerkleProof.VerifyConsistency(oldSize, newSize, Checkpoint(old).RootHash, Checkpoint(current).RootHash, proof));

        var folder = Directory.CreateTempSubdirectory("ty-tlog-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "old"), old);
        await File.WriteAllTextAsync(Path.Combine(folder, "new"), current);
        await File.WriteAllTextAsync(Path.Combine(folder, "proof"), ProofFile.Write(proof));
        Assert.StartsWith("OK", RunVerifier("verify-consistency", Path.Combine(folder, "old"), Path.Combine(folder, "new"), Path.Combine(folder, "proof")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_not_yet_appended_is_pending_until_the_appender_and_the_checkpoint_have_run()
    {
        // Another node holds the appender's lease, so this node's appender leaves the event in the queue.
        await SetAppenderLeaseAsync("elsewhere", TimeSpan.FromHours(1));
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var hash = await CaptureAsync(farmer, NewEvent());
        using var client = app.Client();
        var path = $"/api/trace/events/{Uri.EscapeDataString(hash)}/verification";
        var queued = await client.GetFromJsonAsync<JsonElement>(path);
        Assert.False(queued.GetProperty("verified").GetBoolean());
        Assert.True(queued.GetProperty("pending").GetBoolean(), queued.ToString());
        Assert.Equal(JsonValueKind.Null, queued.GetProperty("leafIndex").ValueKind);
        Assert.False(await app.RunJobAsync("LogAppendJob"), "the other node's lease holds");

        // That node died: its lease runs out and this node appends the queue.
        await SetAppenderLeaseAsync("elsewhere", TimeSpan.FromHours(-1));
        Assert.True(await app.RunJobAsync("LogAppendJob"));
        var logged = await client.GetFromJsonAsync<JsonElement>(path);
        Assert.True(logged.GetProperty("pending").GetBoolean(), logged.ToString());
        Assert.Equal(JsonValueKind.Number, logged.GetProperty("leafIndex").ValueKind);
        await TraceTestData.LogAndSignAsync(app);
        Assert.True((await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task An_event_dropped_from_the_queue_without_being_logged_is_reported_as_not_verified()
    {
        await SetAppenderLeaseAsync("elsewhere", TimeSpan.FromHours(1));
        try
        {
            using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
            var hash = await CaptureAsync(farmer, NewEvent());
            await using (var connection = await OpenDatabaseAsync())
            {
                await using var delete = connection.CreateCommand();
                delete.CommandText = $"DELETE FROM {Table("trace_log_pending")} WHERE \"HashId\" = '{hash}'";
                Assert.Equal(1, await delete.ExecuteNonQueryAsync());
            }

            using var client = app.Client();
            var dropped = await client.GetFromJsonAsync<JsonElement>($"/api/trace/events/{Uri.EscapeDataString(hash)}/verification");
            Assert.False(dropped.GetProperty("verified").GetBoolean());
            Assert.False(dropped.GetProperty("pending").GetBoolean(), dropped.ToString());
        }
        finally
        {
            await SetAppenderLeaseAsync("elsewhere", TimeSpan.FromHours(-1));
        }
    }

    [Fact]
    public async Task Concurrent_captures_leave_a_dense_log_without_gaps_or_duplicates()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var hashes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CaptureAsync(farmer, NewEvent())));
        await TraceTestData.LogAndSignAsync(app);

        using var client = app.Client();
        var size = (await CheckpointJsonAsync(client)).GetProperty("size").GetInt64();
        var indexes = new List<long>();
        foreach (var hash in hashes)
            indexes.Add((await client.GetFromJsonAsync<JsonElement>($"/api/trace/log/proof/inclusion?eventHash={Uri.EscapeDataString(hash)}")).GetProperty("leafIndex").GetInt64());
        Assert.Equal(20, indexes.Distinct().Count());
        // Every index below the size has a leaf (a gap would fail the proof), and nothing lies beyond it.
        for (var i = 0L; i < size; i++)
        {
            using var response = await client.GetAsync($"/api/trace/log/proof/inclusion?index={i}&size={size}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var connection = await OpenDatabaseAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*), MAX(\"Index\") FROM {Table("trace_log_leaf")}";
        await using var reader = await count.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(reader.GetInt64(0) - 1, reader.GetInt64(1));
    }

    [Fact]
    public async Task An_event_row_edited_in_the_database_is_reported_as_not_verified()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var hash = await CaptureAsync(farmer, NewEvent());
        await TraceTestData.LogAndSignAsync(app);
        using var client = app.Client();
        var path = $"/api/trace/events/{Uri.EscapeDataString(hash)}/verification";
        Assert.True((await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("verified").GetBoolean());

        await using (var connection = await OpenDatabaseAsync())
        {
            await using var update = connection.CreateCommand();
            update.CommandText = $"UPDATE {Table("trace_epcis_event")} SET \"Json\" = REPLACE(\"Json\", 'OBSERVE', 'DELETE') WHERE \"HashId\" = '{hash}'";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var tampered = await client.GetFromJsonAsync<JsonElement>(path);
        Assert.False(tampered.GetProperty("verified").GetBoolean());
        Assert.Contains("hash", tampered.GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(hash, tampered.GetProperty("eventHash").GetString());
    }

    [Fact]
    public async Task Bad_parameters_are_problems_that_name_the_parameter()
    {
        using var client = app.Client();
        await AssertInvalidAsync(client, "/api/trace/log/proof/inclusion?eventHash=not-a-hash", "eventHash");
        await AssertInvalidAsync(client, "/api/trace/log/proof/inclusion", "eventHash");
        await AssertInvalidAsync(client, "/api/trace/log/proof/inclusion?index=0&size=99999999", "size");
        await AssertInvalidAsync(client, "/api/trace/log/proof/consistency?from=1&to=99999999", "to");
        await AssertInvalidAsync(client, "/api/trace/log/proof/consistency?from=1&to=0", "from");
        using var unknownHash = await client.GetAsync("/api/trace/log/proof/inclusion?eventHash=" + Uri.EscapeDataString("ni:///sha-256;" + new string('0', 64) + "?ver=CBV2.0"));
        Assert.Equal(HttpStatusCode.NotFound, unknownHash.StatusCode);
        using var unknownEvent = await client.GetAsync("/api/trace/events/urn:uuid:00000000-0000-0000-0000-000000000000/verification");
        Assert.Equal(HttpStatusCode.NotFound, unknownEvent.StatusCode);
        Assert.Equal("application/problem+json", unknownEvent.Content.Headers.ContentType?.MediaType);
    }

    static async Task AssertInvalidAsync(HttpClient client, string path, string parameter)
    {
        using var response = await client.GetAsync(path);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {problem}");
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"{path}: {problem}");
    }

    static JsonObject NewEvent() => new()
    {
        ["@context"] = new JsonArray("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"),
        ["type"] = "ObjectEvent",
        ["eventTime"] = "2026-05-01T08:00:00.000+08:00",
        ["eventTimeZoneOffset"] = "+08:00",
        ["epcList"] = new JsonArray($"https://id.gs1.org/01/09521141012345/21/tlog-{Run}-{Interlocked.Increment(ref serial)}"),
        ["action"] = "OBSERVE",
        ["bizStep"] = "shipping",
    };

    /// <summary>Captures one event and returns its Event Hash ID.</summary>
    static async Task<string> CaptureAsync(HttpClient farmer, JsonObject @event, HttpStatusCode expect = HttpStatusCode.Created)
    {
        using var response = await farmer.PostAsync("/epcis/events", new StringContent(@event.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == expect, $"{(int)response.StatusCode}: {body}");
        return body.GetProperty("eventHashID").GetString()!;
    }

    static async Task<JsonElement> CheckpointJsonAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/trace/log/checkpoint");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static Checkpoint Checkpoint(string note) => Tianyuan.Trace.Log.Checkpoint.Parse(note[..(note.IndexOf("\n\n", StringComparison.Ordinal) + 1)]).Value;

    static List<byte[]> Hashes(JsonElement response) =>
        [.. response.GetProperty("proof").EnumerateArray().Select(h => Convert.FromBase64String(h.GetString()!))];

    static string RunVerifier(params string[] args)
    {
        using var output = new StringWriter();
        Verifier.Run(args, output);
        return output.ToString();
    }

    Task<System.Data.Common.DbConnection> OpenDatabaseAsync() => app.OpenDatabaseAsync();

    /// <summary>Plays another node holding (or having held) the log appender's lease until now + <paramref name="from"/>.</summary>
    async Task SetAppenderLeaseAsync(string holder, TimeSpan from)
    {
        await app.RunJobAsync("LogAppendJob"); // so the lease row exists even on a database this fast
        var until = DateTimeOffset.UtcNow + from;
        await using var connection = await OpenDatabaseAsync();
        await using var update = connection.CreateCommand();
        // The app keeps UTC ticks on SQLite (it cannot compare text times) and timestamptz on PostgreSQL.
        var value = app.IsPostgres ? $"'{until:O}'::timestamptz" : until.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        update.CommandText = $"UPDATE {Table("trace_job_lease")} SET \"Holder\" = '{holder}', \"LeasedUntil\" = {value} WHERE \"Name\" = 'log-append'";
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }

    string Table(string name) => app.Table("trace", name);
}
