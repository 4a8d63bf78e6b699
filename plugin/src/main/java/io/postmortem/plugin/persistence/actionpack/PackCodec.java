package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.core.accountability.ActionDays;

import java.util.function.Consumer;

/**
 * The text of a pack row: one {@code ;}-terminated token per action, numbers in signed base 36, offsets from the
 * first day of the row's 32-day block so they stay short (about ten characters an action).
 * <ul>
 *   <li>open action: {@code created - start, due - created;}</li>
 *   <li>closed action: {@code closed - start, closed - created, due - closed;}</li>
 * </ul>
 * Pure: no database, so it is tested by tables alone ({@code PackCodecTest}). The format has a number
 * ({@link #FORMAT}); packs written in another are rebuilt from the action table.
 */
public final class PackCodec {
    /** The token format; packs whose state row names another one are rebuilt. */
    public static final long FORMAT = 1;
    public static final long BLOCK = 32;
    public static final long NEVER_ENDING = Integer.MAX_VALUE;
    public static final String OPEN = "O";
    public static final String CLOSED = "C";

    private PackCodec() {
    }

    public static long blockOf(long day) {
        return Math.floorDiv(day, BLOCK);
    }

    /** The token of an action, relative to the start of its row's block. */
    public static String token(PackedDays days) {
        long start = days.bucket() * BLOCK;
        return days.open()
                ? base36(days.created() - start) + ',' + base36(days.due() - days.created()) + ';'
                : base36(days.closed() - start) + ',' + base36(days.closed() - days.created()) + ','
                + base36(days.due() - days.closed()) + ';';
    }

    /** Where {@code token} starts as a whole token in {@code items} (not as the tail of a longer one), or -1. */
    public static int indexOfToken(String items, String token) {
        for (int at = items.indexOf(token); at >= 0; at = items.indexOf(token, at + 1)) {
            if (at == 0 || items.charAt(at - 1) == ';') {
                return at;
            }
        }
        return -1;
    }

    /** {@code items} without the first whole occurrence of {@code token}, or null when it holds none. */
    public static String without(String items, String token) {
        int at = indexOfToken(items, token);
        return at < 0 ? null : items.substring(0, at) + items.substring(at + token.length());
    }

    /**
     * Every action of a row: open ones all, closed ones only when closed after {@code closedAfter}. Rows of another
     * kind give nothing.
     */
    public static void decode(String platform, String team, String kind, long bucket, String items, long closedAfter,
                              Consumer<ActionDays> each) {
        boolean open = OPEN.equals(kind);
        if (!open && !CLOSED.equals(kind)) {
            return;
        }
        long start = bucket * BLOCK;
        long[] numbers = new long[3];
        int count = 0;
        long value = 0;
        boolean negative = false;
        for (int i = 0; i < items.length(); i++) {
            char c = items.charAt(i);
            if (c == ',' || c == ';') {
                if (count == numbers.length) {
                    throw new IllegalArgumentException("A token with more than three numbers in " + items);
                }
                numbers[count++] = negative ? -value : value;
                value = 0;
                negative = false;
                if (c == ';') {
                    if (count != (open ? 2 : 3)) {
                        throw new IllegalArgumentException("A token with " + count + " numbers in a " + kind + " row: " + items);
                    }
                    if (open) {
                        long created = start + numbers[0];
                        each.accept(new ActionDays(platform, team, created, ActionDays.OPEN, created + numbers[1]));
                    } else {
                        long closed = start + numbers[0];
                        if (closed > closedAfter) {
                            each.accept(new ActionDays(platform, team, closed - numbers[1], closed, closed + numbers[2]));
                        }
                    }
                    count = 0;
                }
            } else if (c == '-') {
                negative = true;
            } else {
                int digit = Character.digit(c, 36);
                if (digit < 0) {
                    throw new IllegalArgumentException("Not a base-36 digit: '" + c + "' in " + items);
                }
                value = value * 36 + digit;
            }
        }
        if (count != 0 || value != 0 || negative) {
            throw new IllegalArgumentException("An unterminated token at the end of " + items);
        }
    }

    private static String base36(long value) {
        return Long.toString(value, 36);
    }
}
