package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.core.accountability.ActionDays;

import java.util.Arrays;
import java.util.Map;

/**
 * An action as the packs keep it: where it counts (platform, team, project) and its days (epoch days of the
 * organisation's zone); {@code closed} is {@link ActionDays#OPEN} while open. Which row it lives in and its token
 * follow from these alone ({@link PackCodec}).
 */
public record PackedDays(String platform, String team, String project, long created, long closed, long due) {

    /** From a row as {@code AoActionRepository.row} writes it (column names as keys). */
    public static PackedDays of(Map<String, Object> row) {
        Long closed = (Long) row.get("CLOSED_DAY");
        return new PackedDays((String) row.get("PLATFORM"), (String) row.get("TEAM"), (String) row.get("PROJECT_KEY"),
                (Long) row.get("CREATED_DAY"), closed == null ? ActionDays.OPEN : closed, (Long) row.get("DUE_DAY"));
    }

    public boolean open() {
        return closed == ActionDays.OPEN;
    }

    /** {@link PackCodec#OPEN} rows hold open actions by created day, {@link PackCodec#CLOSED} rows closed ones by closed day. */
    public String kind() {
        return open() ? PackCodec.OPEN : PackCodec.CLOSED;
    }

    /** The 32-day block of the day the row is sorted by. */
    public long bucket() {
        return PackCodec.blockOf(open() ? created : closed);
    }

    /** The last block in which the action counts as active: its bucket once closed, never-ending while open. */
    public long reach() {
        return open() ? PackCodec.NEVER_ENDING : bucket();
    }

    /**
     * The lock stripe of the row this action lives in, in {@code [0, stripes)}. Computed from the values with
     * {@link Arrays#hashCode(Object[])} and {@link String#hashCode()}, whose results the JDK specifies, so every
     * node of a cluster (whatever its JDK) names the same stripe for the same row; a record's own hash code is not
     * specified. The hash is mixed (Fibonacci hashing) first: with 31 as its multiplier, the low bits of
     * {@code Arrays.hashCode} alone put 200 teams' rows on 10 of 32 stripes.
     */
    public int stripe(int stripes) {
        int mixed = Arrays.hashCode(new Object[]{platform, team, project, kind(), bucket()}) * 0x9E3779B9;
        return Math.floorMod(mixed ^ (mixed >>> 16), stripes);
    }
}
