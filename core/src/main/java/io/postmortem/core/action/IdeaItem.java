package io.postmortem.core.action;

/** An idea with how many postmortems raised it. */
public record IdeaItem(Idea idea, int recurrence) {
}
