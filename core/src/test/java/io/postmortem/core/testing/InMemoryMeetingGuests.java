package io.postmortem.core.testing;

import io.postmortem.core.postmortem.MeetingGuests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Meeting guests in memory, unique per (postmortem, person) like the database's unique key. */
public final class InMemoryMeetingGuests implements MeetingGuests {
    private final Map<String, List<String>> guests = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(String postmortemKey, String username, Instant joinedAt) {
        List<String> of = guests.computeIfAbsent(postmortemKey, k -> new ArrayList<>());
        if (of.contains(username)) {
            return false;
        }
        return of.add(username);
    }

    @Override
    public synchronized List<String> of(String postmortemKey) {
        return List.copyOf(guests.getOrDefault(postmortemKey, List.of()));
    }
}
