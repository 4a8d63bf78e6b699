package io.postmortem.sandbox.demo;

import io.postmortem.core.directory.Team;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoOrganisationTest {
    private final DemoOrganisation organisation = DemoOrganisation.create();

    @Test
    void twelvePlatformsOfFiveTeamsEachWithALead() {
        assertThat(organisation.directory().platforms()).hasSize(12);
        assertThat(organisation.directory().teams()).hasSize(60);
        organisation.directory().platforms().forEach(platform -> {
            assertThat(organisation.directory().teamsOf(platform.slug())).hasSize(5);
            assertThat(platform.lead()).isEqualTo("lead-" + platform.slug());
        });
    }

    @Test
    void everyTeamHasItsOwnProjectKeyOfTwoToFiveLettersAndItsOwnGroup() {
        var keys = organisation.directory().teams().stream().map(Team::projectKey).toList();
        assertThat(keys).doesNotHaveDuplicates().allMatch(key -> key.matches("[A-Z]{2,5}"))
                .doesNotContain(DemoOrganisation.INCIDENT_PROJECT, DemoOrganisation.POSTMORTEM_PROJECT);
        assertThat(organisation.directory().teams().stream().map(Team::group).toList()).doesNotHaveDuplicates();
    }

    @Test
    void usersCoverEveryRoleAndSeveralTimeZones() {
        var usernames = organisation.users().stream().map(DemoOrganisation.DemoUser::username).toList();
        assertThat(usernames).contains("admin", "mim", "sre", "outsider", "lead-payments", "dev-checkout")
                .hasSize(3 + 12 + 60 + 1).doesNotHaveDuplicates();
        assertThat(organisation.users().stream().map(u -> u.person().timeZone().getId()).collect(Collectors.toSet()))
                .contains("Europe/London", "America/New_York", "Asia/Kolkata");
        assertThat(organisation.users().stream().filter(u -> u.username().equals("outsider")).findFirst().orElseThrow()
                .groups()).isEmpty();
        assertThat(organisation.users().stream().map(u -> u.person().displayName()).toList()).doesNotHaveDuplicates();
    }

    @Test
    void isTheSameEveryTime() {
        DemoOrganisation again = DemoOrganisation.create();
        assertThat(again.directory()).isEqualTo(organisation.directory());
        assertThat(again.users()).isEqualTo(organisation.users());
    }
}
