package io.postmortem.plugin.persistence.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A unique key column for a pair such as (postmortem, person): {@code first|second}, or its SHA-256 when longer than
 * the 255 characters a column may index on every supported database.
 */
public final class UniquePairKey {
    private static final int MAX = 255;

    private UniquePairKey() {
    }

    public static String of(String first, String second) {
        String key = first + "|" + second;
        if (key.length() <= MAX) {
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
