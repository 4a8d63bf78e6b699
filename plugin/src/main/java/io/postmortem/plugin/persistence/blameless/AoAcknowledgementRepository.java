package io.postmortem.plugin.persistence.blameless;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.blameless.Acknowledgement;
import io.postmortem.core.blameless.AcknowledgementRepository;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Acknowledged blameless findings in Jira's database. */
public class AoAcknowledgementRepository implements AcknowledgementRepository {
    private final ActiveObjects ao;

    public AoAcknowledgementRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Acknowledgement> of(String postmortemKey) {
        return Arrays.stream(ao.find(AcknowledgementEntity.class,
                        Query.select().where("POSTMORTEM_KEY = ?", postmortemKey).order("ACKNOWLEDGED_AT ASC, ID ASC")))
                .map(row -> new Acknowledgement(row.getRule(), row.getQuotedText(), row.getReason(),
                        row.getAcknowledgedBy(), Instant.ofEpochMilli(row.getAcknowledgedAt())))
                .toList();
    }

    @Override
    public void add(String postmortemKey, Acknowledgement acknowledgement) {
        GuardedAo.inTransaction(ao, () -> ao.create(AcknowledgementEntity.class,
                new DBParam("POSTMORTEM_KEY", postmortemKey),
                new DBParam("RULE", acknowledgement.rule()),
                new DBParam("QUOTED_TEXT", acknowledgement.quotedText()),
                new DBParam("REASON", acknowledgement.reason()),
                new DBParam("ACKNOWLEDGED_BY", acknowledgement.by()),
                new DBParam("ACKNOWLEDGED_AT", acknowledgement.at().toEpochMilli())));
    }
}
