package io.postmortem.core.postmortem;

/** Told when a postmortem changes state, e.g. to share the learnings once it is published. */
public interface PostmortemListener {

    /** Called after the new state is saved; a failing listener is reported and does not undo the change. */
    void statusChanged(Postmortem postmortem, PostmortemStatus from);

    /**
     * Called after a postmortem was created, or after something else its issue shows changed (the incidents it
     * covers, its tags). Most listeners care only about states, hence the empty default.
     */
    default void changed(Postmortem postmortem) {
    }
}
