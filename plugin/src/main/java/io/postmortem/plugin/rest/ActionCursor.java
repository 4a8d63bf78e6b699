package io.postmortem.plugin.rest;

import io.postmortem.core.shared.ValidationException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The actions list's opaque cursor: where the next page starts (after an action id), versioned so its form may
 * change without old cursors being misread. Clients pass back the {@code next} they were given and nothing else.
 */
final class ActionCursor {
    private static final String VERSION = "a1:";

    private ActionCursor() {
    }

    static String encode(long afterId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + afterId).getBytes(StandardCharsets.UTF_8));
    }

    /** 0 (the first page) for none; a 400 naming the field for anything this list did not give out. */
    static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (text.startsWith(VERSION)) {
                long afterId = Long.parseLong(text.substring(VERSION.length()));
                if (afterId > 0) {
                    return afterId;
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // Base64 or number: the same answer as a wrong version
        }
        throw new ValidationException("cursor", "Not a cursor this list gave; start again without one.");
    }
}
