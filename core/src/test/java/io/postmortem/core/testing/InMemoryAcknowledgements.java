package io.postmortem.core.testing;

import io.postmortem.core.blameless.Acknowledgement;
import io.postmortem.core.blameless.AcknowledgementRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Acknowledged blameless findings in memory, per postmortem, oldest first (then in the order added); never deleted. */
public final class InMemoryAcknowledgements implements AcknowledgementRepository {
    private final Map<String, List<Acknowledgement>> byPostmortem = new ConcurrentHashMap<>();

    @Override
    public List<Acknowledgement> of(String postmortemKey) {
        List<Acknowledgement> acknowledged = byPostmortem.get(postmortemKey);
        if (acknowledged == null) {
            return List.of();
        }
        synchronized (acknowledged) {
            // As the database orders them: by time, then by id (the order added). The sort is stable.
            return acknowledged.stream().sorted(Comparator.comparing(Acknowledgement::at)).toList();
        }
    }

    @Override
    public void add(String postmortemKey, Acknowledgement acknowledgement) {
        List<Acknowledgement> acknowledged = byPostmortem.computeIfAbsent(postmortemKey, k -> new ArrayList<>());
        synchronized (acknowledged) {
            acknowledged.add(acknowledgement);
        }
    }
}
