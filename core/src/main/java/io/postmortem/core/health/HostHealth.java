package io.postmortem.core.health;

import io.postmortem.core.config.IncidentMapping;

import java.time.Instant;
import java.util.List;

/**
 * What the host (Jira, or the sandbox) can tell about the parts the product relies on. Each method answers facts
 * only; {@link HealthReport} turns them into checks with a status and a fix, the same way on every host.
 */
public interface HostHealth {

    /** Each service the product takes from the host, and whether the host provides it right now. */
    List<HostService> services();

    /** The product's own issue types (Postmortem, Problem) and which of them the host lacks. */
    Presence issueTypes();

    /** The product's own issue link types and which of them the host lacks. */
    Presence linkTypes();

    /** Whether the postmortem project exists and who the product can create postmortems as there. */
    ProjectReadiness postmortemProject(String projectKey);

    /** Whether the host knows what the incident mapping names: its issue types and fields. */
    MappingReadiness incidentMapping(IncidentMapping mapping);

    /** Whether the host can send the product's mail. */
    Known<Boolean> mailServerConfigured();

    /** The daily job (reminders, digests) as the host's scheduler knows it. */
    Known<DailyJobState> dailyJob();

    /** The database behind the product's tables. */
    DatabaseState database();

    /** Every feature a guarded call into the host turned off since the product started, oldest first. */
    List<Degradation> degradations();

    /** A host service: {@code required} ones keep the product from starting when absent. */
    record HostService(String name, String type, boolean required, boolean available) {
    }

    /** Names the product needs from the host and the ones it lacks. */
    record Presence(List<String> required, List<String> missing) {
        public Presence {
            required = List.copyOf(required);
            missing = List.copyOf(missing);
        }
    }

    /**
     * @param creator who postmortems are created as when the resolving user may not create issues there (Jira: the
     *                project lead, if allowed); null when nobody
     */
    record ProjectReadiness(String key, boolean exists, String creator) {
    }

    /**
     * @param missingIssueTypes the mapping's incident issue types the host does not have
     * @param missingFields     the mapping's fields (severity, teams) the host does not have
     */
    record MappingReadiness(List<String> issueTypes, List<String> missingIssueTypes, List<String> missingFields) {
        public MappingReadiness {
            issueTypes = List.copyOf(issueTypes);
            missingIssueTypes = List.copyOf(missingIssueTypes);
            missingFields = List.copyOf(missingFields);
        }
    }

    /**
     * @param nextRun     null when the scheduler does not say
     * @param lastRun     null when the job has not run yet (or the host keeps no history)
     * @param lastOutcome the scheduler's word for the last run's outcome (e.g. SUCCESS, FAILED); null with lastRun
     */
    record DailyJobState(boolean scheduled, boolean oncePerCluster, Instant nextRun, Instant lastRun,
                         String lastOutcome, String lastMessage) {
        public boolean lastRunFailed() {
            return lastOutcome != null && !lastOutcome.equalsIgnoreCase("SUCCESS");
        }
    }

    /**
     * @param type          e.g. POSTGRESQL; null when unknown
     * @param schemaVersion the product's Active Objects schema (model) version
     * @param missingTables the product's tables the database lacks
     */
    record DatabaseState(String type, String schemaVersion, int tables, List<String> missingTables) {
        public DatabaseState {
            missingTables = List.copyOf(missingTables);
        }
    }

    /** A feature a guarded host call turned off: the host member it could not reach and the error it met. */
    record Degradation(String feature, String member, String error, Instant since) {
    }

    /** A fact the host may be unable to tell (its service is missing, or the call did not link): then why not. */
    record Known<T>(T value, String unknownBecause) {
        public static <T> Known<T> of(T value) {
            return new Known<>(value, null);
        }

        public static <T> Known<T> unknown(String because) {
            return new Known<>(null, because);
        }

        public boolean isKnown() {
            return unknownBecause == null;
        }
    }
}
