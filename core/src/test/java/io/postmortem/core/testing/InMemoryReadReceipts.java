package io.postmortem.core.testing;

import io.postmortem.core.reads.ReadReceipt;
import io.postmortem.core.reads.ReadReceiptRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Read receipts in memory, one per (postmortem, person) like the database's unique key. */
public final class InMemoryReadReceipts implements ReadReceiptRepository {
    private final List<ReadReceipt> receipts = new ArrayList<>();

    @Override
    public synchronized boolean add(ReadReceipt receipt) {
        boolean known = receipts.stream().anyMatch(r -> r.postmortemKey().equals(receipt.postmortemKey())
                && r.username().equals(receipt.username()));
        return !known && receipts.add(receipt);
    }

    @Override
    public synchronized List<ReadReceipt> of(String postmortemKey) {
        return receipts.stream().filter(r -> r.postmortemKey().equals(postmortemKey)).toList();
    }

    @Override
    public synchronized List<ReadReceipt> ofAll(Collection<String> postmortemKeys) {
        return new ArrayList<>(receipts.stream().filter(r -> postmortemKeys.contains(r.postmortemKey())).toList());
    }
}
