package io.postmortem.plugin.panel;

import io.postmortem.plugin.rest.postmortem.PostmortemView;

import java.util.List;

/** What the document panel on a Postmortem issue shows: its incident, its sections and the state actions. */
public record PostmortemPanel(PostmortemView postmortem, List<SectionRow> sections, String facilitatorLabel,
                              String dueDateLabel, String meetingLabel, int blamelessFindings) {

    /** One section of the document, with its heading's i18n key and its current text. */
    public record SectionRow(String name, String labelKey, String hintKey, String text) {
    }

    public String statusKey() {
        return "postmortem.status." + postmortem.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
