package io.postmortem.core.learning;

/** Where {@link LearningMarks} are kept, one row per postmortem. */
public interface LearningMarksStore {

    /** The marks of the postmortem, or {@link LearningMarks#none} when nothing was set. */
    LearningMarks marks(String postmortemKey);

    void save(LearningMarks marks);
}
