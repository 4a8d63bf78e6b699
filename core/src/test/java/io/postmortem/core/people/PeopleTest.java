package io.postmortem.core.people;

import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleTest {

    @Test
    void namesAreEveryonesUserNameAndDisplayName() {
        TestOrganisation org = new TestOrganisation();

        assertThat(org.names()).contains("dev-checkout", "mim", "outsider")
                .hasSize(org.everyone().stream().flatMap(p -> java.util.stream.Stream.of(p.username(), p.displayName()))
                        .distinct().toList().size());
    }
}
