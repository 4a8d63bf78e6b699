package io.postmortem.core.blameless;

import java.util.List;

/** Where acknowledged findings of a postmortem are kept, with their reasons; never deleted. */
public interface AcknowledgementRepository {

    List<Acknowledgement> of(String postmortemKey);

    void add(String postmortemKey, Acknowledgement acknowledgement);
}
