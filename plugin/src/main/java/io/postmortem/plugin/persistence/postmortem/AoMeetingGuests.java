package io.postmortem.plugin.persistence.postmortem;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.plugin.persistence.GuardedAo;
import io.postmortem.core.postmortem.MeetingGuests;
import io.postmortem.plugin.persistence.UniquePairKey;
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
        return GuardedAo.insertOnce(ao, MeetingGuestEntity.class, "GUEST_KEY", key,
                new DBParam("GUEST_KEY", key),
                new DBParam("POSTMORTEM_KEY", postmortemKey),
                new DBParam("USERNAME", username),
                new DBParam("JOINED_AT", joinedAt.toEpochMilli()));
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
