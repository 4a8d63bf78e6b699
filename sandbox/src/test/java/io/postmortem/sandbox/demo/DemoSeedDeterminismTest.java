package io.postmortem.sandbox.demo;

import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.action.AoIdeaRepository;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.plugin.persistence.timeline.AoTimelineRepository;
import io.postmortem.sandbox.host.Outbox;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.host.SandboxScheduler;
import io.postmortem.sandbox.tickets.TicketStore;
import org.springframework.context.ApplicationContext;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.sandbox.SandboxContext;
import org.springframework.context.support.GenericApplicationContext;
import io.postmortem.sandbox.db.Jdbc;
import io.postmortem.sandbox.db.SandboxDatabase;
import io.postmortem.sandbox.db.SandboxSchema;
import io.postmortem.testkit.ao.AoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two fresh loads of the demo at the same instant hold the same data; loading sends no mail, and the daily jobs
 * the next day send a handful, not a flood.
 */
class DemoSeedDeterminismTest {
    private static final Instant END = Instant.parse("2026-03-11T15:30:00Z");

    /** What a fresh start stores, as comparable values. */
    private record Snapshot(List<?> postmortems, List<?> actions, List<?> timeline, List<?> ideas, List<?> tickets,
                            int outbox) {
    }

    @Test
    void twoFreshLoadsAtTheSameInstantHoldTheSameDataAndSendNoMail(@TempDir Path first, @TempDir Path second)
            throws Exception {
        Snapshot a = load(first, false);
        Snapshot b = load(second, true);

        assertThat(a.outbox()).isZero();
        assertThat(a.postmortems()).hasSizeGreaterThan(150).isEqualTo(b.postmortems());
        assertThat(a.actions()).hasSizeGreaterThan(300).isEqualTo(b.actions());
        assertThat(a.timeline()).isNotEmpty().isEqualTo(b.timeline());
        assertThat(a.ideas()).isNotEmpty().isEqualTo(b.ideas());
        assertThat(a.tickets()).isEqualTo(b.tickets());
    }

    private static Snapshot load(Path folder, boolean moveClockAfterwards) throws Exception {
        try (SandboxDatabase database = SandboxDatabase.open(folder); AoDatabase ao = AoDatabase.h2File(folder)) {
            SandboxSchema.create(new Jdbc(database));
            ao.activeObjects().migrate(PersistenceEntities.asArray());
            try (GenericApplicationContext beans = SandboxContext.start(database, ao.activeObjects(),
                    Clock.fixed(END, ZoneOffset.UTC))) {
                return load(beans, moveClockAfterwards);
            }
        }
    }

    private static Snapshot load(ApplicationContext beans, boolean moveClockAfterwards) {
        {
            DemoSeed.standard().run(new DemoContext(beans, DemoOrganisation.create(), END));

            List<Object> timeline = new ArrayList<>();
            beans.getBean(AoPostmortemRepository.class).all().stream().limit(40).forEach(p ->
                    beans.getBean(AoTimelineRepository.class).entriesOf(p.incidentKey()).forEach(e ->
                            timeline.add(List.of(e.id(), e.incidentKey(), e.at(), e.team(), e.author(), e.kind(), e.text()))));
            Snapshot snapshot = new Snapshot(beans.getBean(AoPostmortemRepository.class).all(),
                    beans.getBean(AoActionRepository.class).find(ActionFilter.any()), timeline,
                    beans.getBean(AoIdeaRepository.class).ideasCreatedBefore(END.plusSeconds(1)),
                    beans.getBean(TicketStore.class).issues("CHK", null).stream().map(i -> List.of(i.key(), i.summary(), i.status(),
                            i.createdAt(), i.fields())).toList(),
                    beans.getBean(Outbox.class).mail().size());
            if (moveClockAfterwards) {
                // The next morning the daily jobs remind about what became due: a handful of mails, not hundreds.
                beans.getBean(SandboxClock.class).set(END.plus(Duration.ofDays(1)));
                int sent = beans.getBean(SandboxScheduler.class).runAll();
                assertThat(sent).isPositive().isLessThan(60);
                assertThat(beans.getBean(Outbox.class).mail()).hasSize(sent);
            }
            return snapshot;
        }
    }
}
