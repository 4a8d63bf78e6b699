package io.postmortem.sandbox.host;

import io.postmortem.sandbox.tickets.TicketStore;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.tickets.NewIssue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
class SandboxPermissionsTest {
    private final SandboxPermissions permissions;
    private final String checkoutIssue;

    SandboxPermissionsTest(Sandbox sandbox) {
        this.permissions = sandbox.bean(SandboxPermissions.class);
        this.checkoutIssue = sandbox.bean(TicketStore.class).create(new NewIssue("CHK", "Problem", "Add retries",
                null, "Medium", "dev-billing", null, Map.of(), Instant.now())).key();
    }

    @Test
    void adminAdministersAndNobodyElseDoes() {
        assertThat(permissions.isAdministrator("admin")).isTrue();
        assertThat(permissions.isAdministrator("mim")).isFalse();
        assertThat(permissions.isAdministrator("nobody")).isFalse();
    }

    @Test
    void everyoneButTheOutsiderBrowsesEveryProject() {
        for (String user : new String[]{"admin", "mim", "sre", "lead-web", "dev-storefront"}) {
            assertThat(permissions.canBrowseProject(user, "CHK")).as(user).isTrue();
            assertThat(permissions.canBrowseIssue(user, "INC-1")).as(user).isTrue();
        }
        assertThat(permissions.canBrowseProject("outsider", "CHK")).isFalse();
        assertThat(permissions.canBrowseIssue("outsider", "INC-1")).isFalse();
        assertThat(permissions.canBrowseProject("admin", "NOPE")).isFalse();
    }

    @Test
    void editingAnIssueBelongsToOverseersThePlatformLeadTheTeamAndTheReporter() {
        for (String user : new String[]{"admin", "mim", "sre", "lead-commerce", "dev-checkout", "dev-billing"}) {
            assertThat(permissions.canEditIssue(user, checkoutIssue)).as(user).isTrue();
        }
        for (String user : new String[]{"lead-payments", "dev-pricing", "outsider"}) {
            assertThat(permissions.canEditIssue(user, checkoutIssue)).as(user).isFalse();
        }
    }

    @Test
    void creatingInAProjectBelongsToOverseersThePlatformLeadAndTheTeam() {
        for (String user : new String[]{"admin", "mim", "sre", "lead-commerce", "dev-checkout"}) {
            assertThat(permissions.canCreateIssue(user, "CHK")).as(user).isTrue();
        }
        for (String user : new String[]{"lead-payments", "dev-billing", "outsider"}) {
            assertThat(permissions.canCreateIssue(user, "CHK")).as(user).isFalse();
        }
        assertThat(permissions.canCreateIssue("dev-checkout", "INC")).isFalse();
        assertThat(permissions.canCreateIssue("mim", "INC")).isTrue();
    }
}
