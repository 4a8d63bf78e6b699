package io.postmortem.core.people;

import io.postmortem.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DirectoryNames}: the directory is read at most once per {@link DirectoryNames#MAX_AGE} on a node. */
class DirectoryNamesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final CountingDirectory directory = new CountingDirectory();
    private final DirectoryNames names = new DirectoryNames(directory, clock);

    @Test
    void aSecondReadWithinTheBoundDoesNotLoadTheDirectory() {
        directory.people.add(new Person("dave", "Dave Jones", null, ZoneOffset.UTC));

        assertThat(names.names()).containsExactlyInAnyOrder("dave", "Dave Jones");
        clock.advance(DirectoryNames.MAX_AGE.minusSeconds(1));
        assertThat(names.names()).containsExactlyInAnyOrder("dave", "Dave Jones");

        assertThat(directory.loads.get()).isEqualTo(1);
    }

    @Test
    void aPersonAddedToTheDirectoryIsKnownOnceTheBoundHasPassed() {
        directory.people.add(new Person("dave", "Dave Jones", null, ZoneOffset.UTC));
        names.names();
        directory.people.add(new Person("erin", "Erin Smith", null, ZoneOffset.UTC));

        assertThat(names.names()).doesNotContain("erin");
        clock.advance(DirectoryNames.MAX_AGE);

        assertThat(names.names()).contains("erin", "Erin Smith", "dave");
        assertThat(directory.loads.get()).isEqualTo(2);
    }

    @Test
    void aDirectoryLargerThanTheBoundIsReadEachTimeAndNotKept() {
        for (int i = 0; i <= DirectoryNames.MAX_NAMES / 2; i++) {
            directory.people.add(new Person("user" + i, "User " + i, null, ZoneOffset.UTC));
        }

        assertThat(names.names()).hasSizeGreaterThan(DirectoryNames.MAX_NAMES);
        assertThat(names.names()).hasSizeGreaterThan(DirectoryNames.MAX_NAMES);

        assertThat(directory.loads.get()).isEqualTo(2);
    }

    @Test
    void requestsArrivingTogetherLoadTheDirectoryOnce() throws Exception {
        directory.people.add(new Person("dave", "Dave Jones", null, ZoneOffset.UTC));
        directory.slow = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Set<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(threads.submit(names::names));
            }
            Thread.sleep(100);
            directory.slow.countDown();
            for (Future<Set<String>> answer : answers) {
                assertThat(answer.get()).containsExactlyInAnyOrder("dave", "Dave Jones");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(directory.loads.get()).isEqualTo(1);
    }

    /** A directory that counts how often its names are loaded. */
    private static final class CountingDirectory implements People {
        final List<Person> people = new ArrayList<>();
        final AtomicInteger loads = new AtomicInteger();
        volatile CountDownLatch slow;

        @Override
        public Optional<Person> person(String username) {
            return people.stream().filter(p -> p.username().equals(username)).findFirst();
        }

        @Override
        public Set<String> groupsOf(String username) {
            return Set.of();
        }

        @Override
        public List<String> membersOf(String group) {
            return List.of();
        }

        @Override
        public boolean groupExists(String group) {
            return false;
        }

        @Override
        public List<Person> everyone() {
            loads.incrementAndGet();
            CountDownLatch latch = slow;
            if (latch != null) {
                try {
                    latch.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.copyOf(people);
        }
    }
}
