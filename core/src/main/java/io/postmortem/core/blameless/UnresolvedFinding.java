package io.postmortem.core.blameless;

/** A finding that still blocks publishing: which of the document's texts it is in, and the flagged passage. */
public record UnresolvedFinding(String field, String quotedText, Finding finding) {
}
