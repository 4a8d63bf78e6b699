package io.postmortem.core.directory;

/** A group of teams under one Platform Lead, who is accountable for closing its actions. */
public record Platform(String slug, String name, String lead) {
}
