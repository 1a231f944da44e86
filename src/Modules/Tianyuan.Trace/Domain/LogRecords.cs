namespace Tianyuan.Trace.Domain;

/// <summary>
/// One leaf of the transparency log: a stored event, appended by the log appender at a dense index (0, 1, 2, …) that
/// <see cref="LogHead"/> hands out. The leaf hash is kept rather than recomputed so that a later change to the
/// event's row shows up as a mismatch instead of silently changing the tree.
/// </summary>
sealed class LogLeafRecord
{
    public long Index { get; set; }

    public required byte[] LeafHash { get; set; }

    /// <summary>The stored event's row id.</summary>
    public Guid EventId { get; set; }

    /// <summary>The Event Hash ID the leaf was made from; unique, as an event is logged once.</summary>
    public required string HashId { get; set; }
}

/// <summary>
/// A stored event waiting for the log appender: written in the capture's transaction, deleted in the transaction that
/// appends its leaf, so an event is always either pending or logged. <see cref="Seq"/> is the capture order the
/// appender follows; the queue stays short, so the appender never searches the events table for unlogged rows.
/// </summary>
sealed class LogPendingEvent
{
    public long Seq { get; set; }

    public Guid EventId { get; set; }

    public required string HashId { get; set; }
}

/// <summary>
/// A completed perfect subtree: the node at <see cref="Level"/> ≥ 1 covering leaves [Index·2^Level, (Index+1)·2^Level).
/// It never changes once written, and keeping it makes roots and proofs O(log² n) reads.
/// </summary>
sealed class LogNode
{
    public int Level { get; set; }

    public long Index { get; set; }

    public required byte[] Hash { get; set; }
}

/// <summary>
/// The log's single head row: how many leaves it holds. Appenders update it first inside their transaction, so
/// the row lock (PostgreSQL) or the write lock (SQLite) serialises them and indexes come out dense. Only the log
/// appender takes it; captures never wait for it.
/// </summary>
sealed class LogHead
{
    public const int Only = 1;

    public int Id { get; set; } = Only;

    public long Size { get; set; }
}

/// <summary>A signed tree head as published: the C2SP signed note and the size and root it states.</summary>
sealed class LogCheckpoint
{
    /// <summary>The tree size; one checkpoint per size, so two nodes signing at once cannot publish two.</summary>
    public long Size { get; set; }

    public required byte[] RootHash { get; set; }

    public required string Note { get; set; }

    public DateTimeOffset SignedAt { get; set; }

    /// <summary>When the configured witness accepted the note; null while it has not (or none is configured).</summary>
    public DateTimeOffset? WitnessedAt { get; set; }
}
