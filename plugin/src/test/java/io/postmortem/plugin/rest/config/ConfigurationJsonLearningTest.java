package io.postmortem.plugin.rest.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.LearningPolicy;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.plugin.rest.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationJsonLearningTest {

    @Test
    void the_learning_policy_round_trips() {
        Configuration configuration = Configuration.defaults()
                .withLearning(new LearningPolicy("engineering", List.of("change", "data")));
        String json = ConfigurationJson.write(configuration);
        assertThat(json).contains("\"engineeringGroup\" : \"engineering\"");
        assertThat(ConfigurationJson.read(json)).isEqualTo(configuration);
    }

    @Test
    void a_configuration_saved_before_the_learning_policy_reads_with_its_defaults() throws Exception {
        ObjectNode old = (ObjectNode) Json.mapper().readTree(ConfigurationJson.write(Configuration.defaults()));
        old.remove("learning");
        assertThat(ConfigurationJson.read(old.toString()).learning()).isEqualTo(LearningPolicy.defaults());
    }

    @Test
    void a_wrong_learning_value_is_named_by_its_path() {
        assertThatThrownBy(() -> ConfigurationJson.read("{\"learning\":{\"rootCauseCategories\":\"change\"}}"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsKey("learning.rootCauseCategories"));
    }
}
