package io.postmortem.core.people;

import java.time.ZoneId;

/** A user of the ticket system, as the product needs to know them. */
public record Person(String username, String displayName, String email, ZoneId timeZone) {
}
