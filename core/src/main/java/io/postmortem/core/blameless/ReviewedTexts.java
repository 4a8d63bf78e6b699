package io.postmortem.core.blameless;

import io.postmortem.core.postmortem.Postmortem;

import java.util.Map;

/** A source of a postmortem's texts that the blameless review reads: its sections, its timeline entries, .... */
public interface ReviewedTexts {

    /** Field name to text, in display order. */
    Map<String, String> texts(Postmortem postmortem);
}
