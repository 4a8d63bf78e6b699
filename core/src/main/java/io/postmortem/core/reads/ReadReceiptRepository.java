package io.postmortem.core.reads;

import java.util.Collection;
import java.util.List;

/** Where read receipts are kept: at most one per (postmortem, person), enforced by the store with a unique key. */
public interface ReadReceiptRepository {

    /** Records the receipt; false when this person had already marked this postmortem read (the first one stays). */
    boolean add(ReadReceipt receipt);

    /** A postmortem's receipts, earliest first. */
    List<ReadReceipt> of(String postmortemKey);

    /** The receipts of several postmortems in one read, for the dashboards. */
    List<ReadReceipt> ofAll(Collection<String> postmortemKeys);
}
