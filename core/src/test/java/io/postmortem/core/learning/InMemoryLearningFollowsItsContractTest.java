package io.postmortem.core.learning;

import io.postmortem.core.testing.contract.LearningStoresContract;

/** The in-memory learning stores pass the contract the plugin's Active Objects stores pass on every database. */
class InMemoryLearningFollowsItsContractTest implements LearningStoresContract {
    private final InMemoryLearning learning = new InMemoryLearning();

    @Override
    public LearningIndex index() {
        return learning;
    }

    @Override
    public LearningMarksStore marks() {
        return learning;
    }

    @Override
    public AwardStore awards() {
        return learning;
    }
}
