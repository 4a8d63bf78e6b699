package io.postmortem.core.postmortem;

import java.util.ArrayList;
import java.util.List;

/** A publishable postmortem says what happened, what it did to people, and why. */
public final class ContentPublishCheck implements PublishCheck {

    @Override
    public List<String> missing(Postmortem postmortem) {
        List<String> missing = new ArrayList<>();
        if (postmortem.section(Section.SUMMARY).isBlank()) {
            missing.add("summary: write a summary of what happened.");
        }
        if (postmortem.section(Section.IMPACT).isBlank()) {
            missing.add("impact: describe who was affected, for how long, and which services and platforms.");
        }
        if (postmortem.rootCauses().isEmpty()) {
            missing.add("rootCauses: name at least one root cause.");
        }
        return missing;
    }
}
