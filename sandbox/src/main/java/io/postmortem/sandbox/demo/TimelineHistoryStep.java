package io.postmortem.sandbox.demo;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.plugin.persistence.timeline.AoTimelineRepository;
import org.springframework.context.ApplicationContext;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.EntrySource;
import io.postmortem.core.timeline.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Timelines for most postmortems (every P1, fewer of the smaller ones): impact start, detection, escalation,
 * observations of the impacted teams, mitigation and resolution, written by the teams' engineers while drafting the
 * postmortem, stored through the product's timeline repository.
 */
public final class TimelineHistoryStep implements DemoSeedStep {

    private static final List<String> OBSERVATIONS = List.of(
            "Error rate on calls to {service} rose to %d%% in our dashboards.",
            "Customer support reports failures mentioning {service}.",
            "Our retries against {service} are filling the worker queue; pausing the batch jobs.",
            "Latency of {service} back under one second for most requests, still spikes every few minutes.",
            "Traces show requests waiting on {service} connections, not on CPU.",
            "No errors in our own logs; the failures come from {service} responses.");

    @Override
    public String name() {
        return "timeline history";
    }

    @Override
    public void seed(DemoContext context) {
        context.inOneTransaction(() -> write(context));
    }

    private void write(DemoContext context) {
        Random random = context.random(name());
        ApplicationContext beans = context.context();
        Configuration configuration = beans.getBean(ConfigurationStore.class).load();
        Map<String, Incident> incidents = DemoIncidents.load(beans);
        Instant end = context.end();
        for (Postmortem postmortem : beans.getBean(AoPostmortemRepository.class).all()) {
            Incident incident = incidents.get(postmortem.incidentKey());
            int share = switch (postmortem.severity()) {
                case P1 -> 100;
                case P2 -> 80;
                case P3 -> 55;
                default -> 30;
            };
            if (incident == null || random.nextInt(100) >= share) {
                continue;
            }
            String service = DemoIncidents.service(incident, configuration);
            String owner = incident.owningTeam();
            List<String> teams = incident.allTeams();
            List<TimelineEntry> entries = new ArrayList<>();
            Instant started = incident.startedAt();
            Instant detected = incident.detectedAt();
            Instant resolved = incident.resolvedAt();
            long span = Math.max(2, Duration.between(detected, resolved).toMinutes());
            entries.add(entry(incident, started, owner, EntryKind.IMPACT_STARTED,
                    "First failed requests to " + service + " in the access logs.",
                    "https://logs.example.com/search?service=" + DemoOrganisation.slug(service)));
            entries.add(entry(incident, detected, owner, EntryKind.DETECTED,
                    "Alert fired for " + service + "; the on-call rotation acknowledged the page.", null));
            if (postmortem.severity().isMajor() || random.nextInt(3) == 0) {
                entries.add(entry(incident, detected.plus(Duration.ofMinutes(3 + random.nextInt(10))), owner,
                        EntryKind.ESCALATED, postmortem.severity().isMajor()
                                ? "Raised as " + postmortem.severity() + "; MIM joined and opened the incident channel."
                                : "Asked the impacted teams to join the incident channel.", null));
            }
            int observations = 1 + random.nextInt(3);
            for (int i = 0; i < observations; i++) {
                String team = teams.get(random.nextInt(teams.size()));
                String text = DemoStories.fill(DemoStories.pick(OBSERVATIONS, random), service)
                        .replace("%d", String.valueOf(5 + random.nextInt(60)));
                entries.add(entry(incident, detected.plus(Duration.ofMinutes(1 + random.nextInt((int) span))), team,
                        EntryKind.OBSERVATION, text, null));
            }
            Instant mitigated = detected.plus(Duration.ofMinutes(span * (50 + random.nextInt(40)) / 100));
            entries.add(entry(incident, mitigated, owner, EntryKind.MITIGATED,
                    "Mitigation in place; error rate of " + service + " falling.", null));
            entries.add(entry(incident, resolved, owner, EntryKind.RESOLVED,
                    "Metrics of " + service + " back at baseline for 30 minutes; incident resolved.", null));
            Instant written = postmortem.createdAt().plus(Duration.ofMinutes(20 + random.nextInt(240)));
            for (TimelineEntry entry : entries) {
                Instant at = written.isBefore(end) ? written : postmortem.createdAt();
                TimelineEntry toStore = new TimelineEntry(0, entry.incidentKey(), entry.at(), entry.team(),
                        entry.author(), entry.kind(), entry.text(), entry.evidence(), EntrySource.PERSON, null, at, false);
                beans.getBean(AoTimelineRepository.class).insert(toStore, entry.author(), at);
                written = written.plus(Duration.ofMinutes(1 + random.nextInt(4)));
            }
        }
    }

    private static TimelineEntry entry(Incident incident, Instant at, String team, EntryKind kind, String text,
                                       String evidence) {
        return new TimelineEntry(0, incident.key(), at, team, "dev-" + team, kind, text, evidence, EntrySource.PERSON,
                null, at, false);
    }
}
