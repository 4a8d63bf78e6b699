package io.postmortem.plugin.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One unique column standing for a pair such as (postmortem, person), since AO has no composite unique index:
 * {@code first|second}, or its SHA-256 when longer than the column holds. Each table keeps the length it was created
 * with, so the keys already stored stay the keys computed now.
 */
public final class UniquePairKey {
    /** What a column may index on every supported database. */
    public static final int INDEXED_LENGTH = 255;
    /** The timeline's key columns, created wider (450 characters). */
    public static final int TIMELINE_LENGTH = 450;

    private UniquePairKey() {
    }

    public static String of(String first, String second) {
        return of(first, second, INDEXED_LENGTH);
    }

    public static String of(String first, String second, int maxLength) {
        String key = first + "|" + second;
        if (key.length() <= maxLength) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
