namespace Tianyuan.Stays.Tests.Calendar;

using Tianyuan.Stays.Calendar;

/// <summary>A feed's re-import against the blocks stored from it: what to add, update and release.</summary>
public class BlockDiffTests
{
    static BlockedRange B(int startDay, int endDay, string uid, string summary = "Reserved") =>
        new(new DateOnly(2026, 12, startDay), new DateOnly(2026, 12, endDay), uid, summary);

    [Fact]
    public void New_moved_renamed_and_vanished_events_are_told_apart()
    {
        var stored = new[] { B(1, 3, "a"), B(5, 7, "b"), B(10, 12, "c"), B(20, 22, "d") };
        var fresh = new[] { B(1, 3, "a"), B(6, 8, "b"), B(10, 12, "c", "Airbnb (Not available)"), B(25, 27, "e") };
        var diff = BlockDiff.Compute(stored, fresh);
        Assert.Equal([B(25, 27, "e")], diff.Added);
        Assert.Equal([new BlockChange(B(5, 7, "b"), B(6, 8, "b")), new BlockChange(B(10, 12, "c"), B(10, 12, "c", "Airbnb (Not available)"))], diff.Changed);
        Assert.Equal([B(20, 22, "d")], diff.Removed);
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void The_same_feed_again_changes_nothing()
    {
        var ranges = IcalImportTests.Ranges(Feeds.Google);
        Assert.True(BlockDiff.Compute(ranges, IcalImportTests.Ranges(Feeds.Crlf(Feeds.Google))).IsEmpty);
    }

    [Fact]
    public void An_empty_feed_releases_every_block()
    {
        var diff = BlockDiff.Compute([B(1, 3, "a"), B(5, 7, "b")], []);
        Assert.Empty(diff.Added);
        Assert.Equal(["a", "b"], diff.Removed.Select(r => r.Uid));
    }

    [Fact]
    public void A_repeated_Uid_is_matched_as_the_parser_names_it()
    {
        // Stored from a feed that repeated "x" on two stays; now one of them is gone and the other repeated exactly.
        var stored = new[] { B(1, 3, "x/20261201"), B(10, 12, "x/20261210") };
        var fresh = new[] { B(10, 12, "x"), B(10, 12, "x"), B(15, 16, "x") };
        var diff = BlockDiff.Compute(stored, fresh);
        Assert.Equal(["x/20261215"], diff.Added.Select(r => r.Uid));
        Assert.Empty(diff.Changed);
        Assert.Equal(["x/20261201"], diff.Removed.Select(r => r.Uid));
    }

    [Fact]
    public void One_Uid_starting_the_same_night_twice_keeps_the_longer_stay()
    {
        var merged = DistinctUids.Apply([B(1, 3, "y"), B(1, 5, "y"), B(8, 9, "y")]);
        Assert.Equal([B(1, 5, "y/20261201"), B(8, 9, "y/20261208")], merged);
    }
}
