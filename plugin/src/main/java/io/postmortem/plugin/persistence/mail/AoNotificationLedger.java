package io.postmortem.plugin.persistence.mail;

import io.postmortem.plugin.persistence.UniquePairKey;
import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.mail.NotificationLedger;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;

/**
 * The ledger of sent notifications in Jira's database. The unique ledger key decides between two nodes (or two runs)
 * recording the same (event, recipient) at once: exactly one insert succeeds, and only its caller sends.
 */
public class AoNotificationLedger implements NotificationLedger {
    private static final int KEY_LENGTH = 255;

    private final ActiveObjects ao;

    public AoNotificationLedger(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean firstTime(String eventKey, String recipient, Instant at) {
        String ledgerKey = ledgerKey(eventKey, recipient);
        return GuardedAo.insertOnce(ao, NotificationEntity.class, "LEDGER_KEY", ledgerKey,
                new DBParam("LEDGER_KEY", ledgerKey),
                new DBParam("EVENT_KEY", truncate(eventKey)),
                new DBParam("RECIPIENT", truncate(recipient)),
                new DBParam("SENT_AT", at.toEpochMilli()));
    }

    static String ledgerKey(String eventKey, String recipient) {
        return UniquePairKey.of(eventKey, recipient, KEY_LENGTH);
    }

    private static String truncate(String text) {
        return text.length() <= KEY_LENGTH ? text : text.substring(0, KEY_LENGTH);
    }
}
