package io.postmortem.plugin.persistence.postmortem;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.plugin.persistence.GuardedAo;
import io.postmortem.core.postmortem.MeetingGuests;
import io.postmortem.plugin.persistence.mail.UniquePairKey;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Meeting guests in Jira's database; the unique guest key decides between two joins racing on two nodes. */
public class AoMeetingGuests implements MeetingGuests {
    private final ActiveObjects ao;

    public AoMeetingGuests(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean add(String postmortemKey, String username, Instant joinedAt) {
        String key = UniquePairKey.of(postmortemKey, username);
        if (exists(key)) {
            return false;
        }
        try {
            GuardedAo.inTransaction(ao, () -> ao.create(MeetingGuestEntity.class,
                    new DBParam("GUEST_KEY", key),
                    new DBParam("POSTMORTEM_KEY", postmortemKey),
                    new DBParam("USERNAME", username),
                    new DBParam("JOINED_AT", joinedAt.toEpochMilli())));
            return true;
        } catch (RuntimeException insertRefused) {
            if (exists(key)) {
                return false;
            }
            throw insertRefused;
        }
    }

    private boolean exists(String key) {
        return ao.count(MeetingGuestEntity.class, Query.select().where("GUEST_KEY = ?", key)) > 0;
    }

    @Override
    public List<String> of(String postmortemKey) {
        List<String> guests = new ArrayList<>();
        for (MeetingGuestEntity row : ao.find(MeetingGuestEntity.class,
                Query.select().where("POSTMORTEM_KEY = ?", postmortemKey).order("JOINED_AT ASC, ID ASC"))) {
            guests.add(row.getUsername());
        }
        return guests;
    }
}
