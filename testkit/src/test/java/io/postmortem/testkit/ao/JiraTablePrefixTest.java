package io.postmortem.testkit.ao;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JiraTablePrefixTest {

    @Test
    void matchesAtlassiansDocumentedExample() {
        // https://developer.atlassian.com/display/DOCS/Table+names: com.atlassian.example.ao.myplugin -> AO_28BE2D_
        assertThat(JiraTablePrefix.forNamespace("com.atlassian.example.ao.myplugin").prepend("MY_OBJECT"))
                .isEqualTo("AO_28BE2D_MY_OBJECT");
    }

    @Test
    void givesPostmortemForJiraItsOwnPrefix() {
        assertThat(JiraTablePrefix.POSTMORTEM.value()).isEqualTo("AO_441554_");
    }

    @Test
    void ownsOnlyItsOwnTables() {
        assertThat(JiraTablePrefix.POSTMORTEM.owns("ao_441554_config", false)).isTrue();
        assertThat(JiraTablePrefix.POSTMORTEM.owns("ao_441554_config", true)).isFalse();
        assertThat(JiraTablePrefix.POSTMORTEM.owns("AO_28BE2D_MY_OBJECT", false)).isFalse();
        assertThat(JiraTablePrefix.POSTMORTEM.owns("jiraissue", false)).isFalse();
    }
}
