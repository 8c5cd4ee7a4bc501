package dev.watchparty.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShardRangeTest {

    /** A server id whose shard of 4 is 3: its timestamp part, id >> 22, is 7. */
    private static final String ON_SHARD_3_OF_4 = Long.toString(7L << 22 | 12345);

    @Test
    @DisplayName("GIVEN a process running shards 2..3 of 4 WHEN asked about servers THEN Discord's formula decides")
    void discordsFormula() {
        ShardRange range = new ShardRange(4, 2, 3);

        assertEquals(3, ShardRange.shardOf(ON_SHARD_3_OF_4, 4));
        assertTrue(range.ownsGuild(ON_SHARD_3_OF_4));
        assertFalse(range.ownsGuild(Long.toString(4L << 22)), "(4 >> 0) % 4 is shard 0");
        assertFalse(range.ownsGuild(null), "DMs go to shard 0");
        assertTrue(new ShardRange(4, 0, 1).ownsGuild(null));
        assertTrue(new ShardRange(4, 0, 0).ownsGuild("console-guild"), "an id that is no snowflake is shard 0's");
    }

    @Test
    @DisplayName(
            "GIVEN one process for every shard WHEN asked THEN it owns every server; a range outside the total is refused")
    void allAndInvalid() {
        assertTrue(ShardRange.ALL.ownsGuild(ON_SHARD_3_OF_4));
        assertTrue(new ShardRange(4, 0, 3).ownsGuild(ON_SHARD_3_OF_4));
        assertThrows(IllegalArgumentException.class, () -> new ShardRange(2, 1, 2));
    }
}
