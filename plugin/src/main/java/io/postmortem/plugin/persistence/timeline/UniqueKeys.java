package io.postmortem.plugin.persistence.timeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One column standing for a pair (AO has no composite unique index): {@code <first>|<second>}, hashed if long. */
final class UniqueKeys {
    static final int LENGTH = 450;

    private UniqueKeys() {
    }

    static String of(String first, String second) {
        String key = first + "|" + second;
        if (key.length() <= LENGTH) {
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
