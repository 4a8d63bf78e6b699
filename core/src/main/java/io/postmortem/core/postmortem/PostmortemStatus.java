package io.postmortem.core.postmortem;

/** Draft → In review → Published; a review can send a postmortem back to draft. */
public enum PostmortemStatus {
    DRAFT, IN_REVIEW, PUBLISHED;

    public boolean canMoveTo(PostmortemStatus target) {
        return switch (this) {
            case DRAFT -> target == IN_REVIEW;
            case IN_REVIEW -> target == PUBLISHED || target == DRAFT;
            case PUBLISHED -> false;
        };
    }
}
