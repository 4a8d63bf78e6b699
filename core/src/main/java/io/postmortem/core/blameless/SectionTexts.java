package io.postmortem.core.blameless;

import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The document's own texts: every section, each root cause and the no-actions reason. */
public final class SectionTexts implements ReviewedTexts {

    @Override
    public Map<String, String> texts(Postmortem postmortem) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            texts.put("sections." + section.name(), postmortem.section(section));
        }
        List<RootCause> causes = postmortem.rootCauses();
        for (int i = 0; i < causes.size(); i++) {
            texts.put("rootCauses[" + i + "]", causes.get(i).description());
        }
        if (postmortem.noActionsReason() != null) {
            texts.put("noActionsReason", postmortem.noActionsReason());
        }
        return texts;
    }
}
