package io.postmortem.core.reads;

import java.time.Instant;

/** Someone of an impacted team said they read a published postmortem. */
public record ReadReceipt(String postmortemKey, String username, Instant readAt) {
}
