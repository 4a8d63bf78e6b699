package io.postmortem.sandbox.rest;

import io.postmortem.core.shared.ValidationException;
import io.postmortem.plugin.rest.JsonBody;

import java.util.Iterator;
import java.util.Set;

/** A misspelt field is a mistake worth hearing about rather than silently ignoring. */
final class Fields {
    private Fields() {
    }

    static void rejectUnknown(JsonBody body, Set<String> known) {
        Iterator<String> names = body.raw().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ValidationException(name, "Unknown field.");
            }
        }
    }
}
