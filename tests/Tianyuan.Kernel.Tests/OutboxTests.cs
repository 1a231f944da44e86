namespace Tianyuan.Kernel.Tests;

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Kernel.Persistence;

/// <summary>The outbox on a real SQLite file: events exist exactly when their change committed, and reach handlers.</summary>
public sealed class OutboxTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("ty-outbox-").FullName;
    readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    readonly ServiceProvider services;

    public OutboxTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = Path.Combine(dir, "outbox.db"),
        }).Build();
        var collection = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock).AddSingleton<Received>();
        collection.AddOutbox();
        collection.AddModuleDb<NotesDb, NotesDbSqlite, NotesDbPostgres>(configuration);
        collection.AddIntegrationEventHandler<NoteWritten, NoteHandler>();
        services = collection.BuildServiceProvider();
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<NotesDb>().Database.EnsureCreated();
    }

    [Fact]
    public async Task A_committed_change_delivers_its_event_once()
    {
        await WriteNoteAsync("稻米已入库");
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();

        Assert.Equal(1, await dispatcher.DeliverPendingAsync(default));
        Assert.Equal(0, await dispatcher.DeliverPendingAsync(default));
        Assert.Equal(["稻米已入库"], services.GetRequiredService<Received>().Texts);
    }

    [Fact]
    public async Task A_rolled_back_change_publishes_nothing()
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDb>();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "never" });
            db.Publish(new NoteWritten("never"), clock);
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }

        Assert.Equal(0, await services.GetRequiredService<OutboxDispatcher>().DeliverPendingAsync(default));
        Assert.Empty(services.GetRequiredService<Received>().Texts);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_later_and_the_error_is_kept()
    {
        var received = services.GetRequiredService<Received>();
        received.FailNext = 1;
        await WriteNoteAsync("香菇");
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();

        Assert.Equal(0, await dispatcher.DeliverPendingAsync(default));
        var failed = await ReadOutboxAsync();
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("simulated", failed.LastError);
        Assert.Null(failed.ProcessedAt);

        // Not before the back-off has passed.
        Assert.Equal(0, await dispatcher.DeliverPendingAsync(default));
        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(1, await dispatcher.DeliverPendingAsync(default));
        Assert.NotNull((await ReadOutboxAsync()).ProcessedAt);
        Assert.Equal(["香菇"], received.Texts);
    }

    [Fact]
    public async Task Two_nodes_dispatching_at_once_deliver_each_event_once()
    {
        for (var i = 0; i < 20; i++)
            await WriteNoteAsync($"批次{i}");
        // A second dispatcher instance stands for a second web node on the same database.
        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(services);
        var first = services.GetRequiredService<OutboxDispatcher>();

        var counts = await Task.WhenAll(first.DeliverPendingAsync(default), second.DeliverPendingAsync(default));

        Assert.Equal(20, counts.Sum());
        Assert.Equal(20, services.GetRequiredService<Received>().Texts.Distinct().Count());
        Assert.Equal(20, services.GetRequiredService<Received>().Texts.Count);
    }

    [Fact]
    public async Task Only_one_node_runs_a_scheduled_job_until_its_lease_runs_out()
    {
        var nodeA = services.GetRequiredService<OutboxCleanup<NotesDb>>();
        var nodeB = ActivatorUtilities.CreateInstance<OutboxCleanup<NotesDb>>(services);

        var first = await Task.WhenAll(nodeA.RunOnceAsync(default), nodeB.RunOnceAsync(default));
        Assert.Equal(1, first.Count(ran => ran));
        var (holder, other) = first[0] ? (nodeA, nodeB) : (nodeB, nodeA);

        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.False(await other.RunOnceAsync(default));
        Assert.True(await holder.RunOnceAsync(default));

        // The holder stops (a crashed node): after its lease runs out the other node takes over.
        clock.Advance(TimeSpan.FromMinutes(55));
        Assert.True(await other.RunOnceAsync(default));
        Assert.False(await holder.RunOnceAsync(default));
    }

    [Fact]
    public async Task Cleanup_deletes_delivered_messages_after_two_weeks_and_keeps_undelivered_ones()
    {
        await WriteNoteAsync("旧的");
        await services.GetRequiredService<OutboxDispatcher>().DeliverPendingAsync(default);
        services.GetRequiredService<Received>().FailNext = 100;
        await WriteNoteAsync("投递失败的");
        await services.GetRequiredService<OutboxDispatcher>().DeliverPendingAsync(default);

        clock.Advance(TimeSpan.FromDays(13));
        Assert.True(await services.GetRequiredService<OutboxCleanup<NotesDb>>().RunOnceAsync(default));
        Assert.Equal(2, await CountOutboxAsync());

        clock.Advance(TimeSpan.FromDays(2));
        Assert.True(await services.GetRequiredService<OutboxCleanup<NotesDb>>().RunOnceAsync(default));
        Assert.Equal(1, await CountOutboxAsync());
        Assert.Null((await ReadOutboxAsync()).ProcessedAt);
    }

    async Task<int> CountOutboxAsync()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotesDb>().Set<OutboxMessage>().CountAsync();
    }

    async Task WriteNoteAsync(string text)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDb>();
        db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = text });
        db.Publish(new NoteWritten(text), clock);
        await db.SaveChangesAsync();
    }

    async Task<OutboxMessage> ReadOutboxAsync()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotesDb>().Set<OutboxMessage>().AsNoTracking().SingleAsync();
    }

    public void Dispose()
    {
        services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }
}

public sealed record NoteWritten(string Text) : IIntegrationEvent;

public sealed class Received
{
    readonly ConcurrentQueue<string> texts = new();

    public int FailNext { get; set; }

    public IReadOnlyList<string> Texts => [.. texts];

    public void Add(string text) => texts.Enqueue(text);
}

sealed class NoteHandler(Received received) : IIntegrationEventHandler<NoteWritten>
{
    public Task HandleAsync(NoteWritten integrationEvent, IntegrationEventContext context, CancellationToken ct)
    {
        if (received.FailNext > 0)
        {
            received.FailNext--;
            throw new InvalidOperationException("simulated handler failure");
        }

        received.Add(integrationEvent.Text);
        return Task.CompletedTask;
    }
}

public sealed class Note
{
    public Guid Id { get; init; }

    public required string Text { get; init; }
}

public class NotesDb(DbContextOptions options) : DbContext(options), IModuleDb
{
    public static string Module => "notes";

    public DbSet<Note> Notes => Set<Note>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => ModuleModel.Conventions(configurationBuilder, this);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ModuleModel.Begin(modelBuilder, this, Module);
        modelBuilder.Entity<Note>();
        ModuleModel.End(modelBuilder, Module);
    }
}

public sealed class NotesDbSqlite(DbContextOptions<NotesDbSqlite> options) : NotesDb(options);

public sealed class NotesDbPostgres(DbContextOptions<NotesDbPostgres> options) : NotesDb(options);
