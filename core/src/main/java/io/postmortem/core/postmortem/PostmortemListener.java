package io.postmortem.core.postmortem;

/** Told when a postmortem changes state, e.g. to share the learnings once it is published. */
public interface PostmortemListener {

    /** Called after the new state is saved; a failing listener is reported and does not undo the change. */
    void statusChanged(Postmortem postmortem, PostmortemStatus from);
}
