package io.postmortem.plugin.persistence.reads;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.plugin.persistence.GuardedAo;
import io.postmortem.core.reads.ReadReceipt;
import io.postmortem.core.reads.ReadReceiptRepository;
import io.postmortem.plugin.persistence.UniquePairKey;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Read receipts in Jira's database; the unique receipt key decides between two clicks racing on two nodes. */
public class AoReadReceiptRepository implements ReadReceiptRepository {
    /** Keys per IN list: well under every supported database's limit on bound parameters. */
    private static final int BATCH = 500;

    private final ActiveObjects ao;

    public AoReadReceiptRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean add(ReadReceipt receipt) {
        String key = UniquePairKey.of(receipt.postmortemKey(), receipt.username());
        return GuardedAo.insertOnce(ao, ReadReceiptEntity.class, "RECEIPT_KEY", key,
                new DBParam("RECEIPT_KEY", key),
                new DBParam("POSTMORTEM_KEY", receipt.postmortemKey()),
                new DBParam("USERNAME", receipt.username()),
                new DBParam("READ_AT", receipt.readAt().toEpochMilli()));
    }

    @Override
    public List<ReadReceipt> of(String postmortemKey) {
        List<ReadReceipt> receipts = new ArrayList<>();
        for (ReadReceiptEntity row : ao.find(ReadReceiptEntity.class,
                Query.select().where("POSTMORTEM_KEY = ?", postmortemKey).order("READ_AT ASC, ID ASC"))) {
            receipts.add(receipt(row));
        }
        return receipts;
    }

    @Override
    public List<ReadReceipt> ofAll(Collection<String> postmortemKeys) {
        List<String> keys = postmortemKeys.stream().distinct().sorted().toList();
        List<ReadReceipt> receipts = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
            String in = String.join(", ", Collections.nCopies(batch.size(), "?"));
            GuardedAo.stream(ao, ReadReceiptEntity.class, Query.select("ID, POSTMORTEM_KEY, USERNAME, READ_AT")
                            .where("POSTMORTEM_KEY IN (" + in + ")", batch.toArray()).order("ID ASC"),
                    row -> receipts.add(receipt(row)));
        }
        return receipts;
    }

    private static ReadReceipt receipt(ReadReceiptEntity row) {
        return new ReadReceipt(row.getPostmortemKey(), row.getUsername(), Instant.ofEpochMilli(row.getReadAt()));
    }
}
