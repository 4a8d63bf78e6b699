package io.postmortem.core.config;

import io.postmortem.core.blameless.BlamelessRuleExtensions;

import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LearningPolicyTest {
    private final TestOrganisation org = new TestOrganisation();
    private final ConfigurationValidator validator = new ConfigurationValidator(org, key -> true, new BlamelessRuleExtensions());

    @Test
    void defaults_have_the_taxonomy_and_no_engineering_group() {
        Configuration configuration = Configuration.defaults();
        assertThat(configuration.learning().rootCauseCategories()).containsExactly("change", "configuration",
                "capacity", "dependency", "code-defect", "data", "process", "unknown");
        assertThat(configuration.learning().hasEngineeringGroup()).isFalse();
        assertThat(new Configuration(configuration.directory(), configuration.incidentMapping(),
                configuration.policies(), null).learning()).isEqualTo(LearningPolicy.defaults());
    }

    @Test
    void an_unknown_group_and_bad_categories_are_named_by_their_path() {
        Configuration configuration = org.load().withLearning(new LearningPolicy("nobody", List.of("Change!", "data")));
        assertThat(validator.problems(configuration)).extracting(Problem::path)
                .contains("learning.engineeringGroup", "learning.rootCauseCategories");
        assertThat(validator.problems(org.load().withLearning(new LearningPolicy("mim", List.of("data", "data")))))
                .extracting(Problem::message).contains("Each category may appear only once.");
    }

    @Test
    void changes_are_audited() {
        Configuration before = Configuration.defaults();
        Configuration after = before.withLearning(new LearningPolicy("engineering", List.of("change", "data")));
        assertThat(ConfigurationChanges.between(before, after)).containsExactly(
                "Engineering-wide group: (none) -> engineering",
                "Root-cause categories: change, configuration, capacity, dependency, code-defect, data, process, unknown -> change, data");
    }
}
