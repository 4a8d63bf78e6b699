package io.postmortem.sandbox.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sandbox nodes, each its own JVM ({@link ProcessBuilder} running {@code SandboxMain} on the test classpath),
 * on one PostgreSQL: node-1 starts it ({@code --postgres}) and node-2 joins with the options node-1 prints, as the
 * README says. Node-2 pauses after each mail ({@code --test-mail-pause-ms}, a test-only option) so the daily job
 * can be caught in the middle of its run and node-2 killed there (SIGKILL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoSandboxNodesTest {
    private static final Pattern READY = Pattern.compile("Postmortem for Jira sandbox: (http://\\S+/jira)");
    private static final Pattern JOIN = Pattern.compile(
            "another node joins with: --db-url (\\S+) --db-user (\\S+) --db-password (\\S+)");
    private static final String API = "/rest/postmortem/1.0";
    private static final Instant FIRST_DAY = Instant.parse("2027-01-15T09:00:00Z");
    private static final Instant TWO_WEEKS_LATER = Instant.parse("2027-01-29T09:00:00Z");
    private static final long MAIL_PAUSE_MS = 250;

    /** Requests that wait for the daily jobs, each on a thread of its own (the common pool may have one). */
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private Path folder;
    private Node first;
    private Node second;
    private String dbUrl;
    private String dbUser;
    private String dbPassword;

    private record Node(String name, Process process, Path log, Http http, String baseUrl) {
    }

    @BeforeAll
    void startTwoNodesOnOnePostgres() throws Exception {
        folder = Files.createTempDirectory("postmortem-two-nodes");
        first = start("node-1", List.of("--postgres"), 0);
        Matcher join = awaitLine(first, JOIN, Duration.ofMinutes(3));
        dbUrl = join.group(1);
        dbUser = join.group(2);
        dbPassword = join.group(3);
        second = start("node-2", List.of("--db-url", dbUrl, "--db-user", dbUser, "--db-password", dbPassword),
                MAIL_PAUSE_MS);
    }

    @AfterAll
    void stopBoth() throws Exception {
        threads.shutdownNow();
        // node-2 first: node-1 owns the PostgreSQL server and stops it on its way out.
        for (Node node : Stream.of(second, first).filter(n -> n != null).toList()) {
            node.process().destroy();
            if (!node.process().waitFor(30, TimeUnit.SECONDS)) {
                node.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void aWriteOnOneNodeIsReadOnTheOtherAtOnce() {
        String incident = first.http().post("mim", "/rest/sandbox/1.0/incidents", """
                {"summary": "Checkout latency on two nodes", "severity": "P2", "team": "card-processing",
                 "impactedTeams": [], "startedAt": "2026-11-23T09:00:00Z",
                 "detectedAt": "2026-11-23T09:20:00Z"}""").json().get("key").asText();
        String timeline = API + "/incidents/" + incident + "/timeline";

        assertThat(first.http().post("dev-card-processing", timeline, entry("Written on node one")).status())
                .isEqualTo(201);
        assertThat(texts(second.http().get("mim", timeline).json())).contains("Written on node one");

        assertThat(second.http().post("dev-card-processing", timeline, entry("Written on node two")).status())
                .isEqualTo(201);
        assertThat(texts(first.http().get("mim", timeline).json()))
                .contains("Written on node one", "Written on node two");
    }

    @Test
    @Order(2)
    void aConfigurationSavedOnOneNodeIsWhatTheNextRequestOnTheOtherReads() {
        String before = second.http().get("admin", API + "/config/export").body();
        int threshold = second.http().get("admin", API + "/config").json().at("/policies/escalateAfterBusinessDays").asInt();
        int changed = threshold + 7;
        String edited = before.replaceFirst("\"escalateAfterBusinessDays\" ?: ?\\d+",
                "\"escalateAfterBusinessDays\" : " + changed);
        assertThat(edited).isNotEqualTo(before);

        Http.Answer saved = first.http().send("admin", "PUT", API + "/config", edited);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        // node-2 parsed the configuration above; its very next request reads the new version.
        assertThat(second.http().get("admin", API + "/config").json().at("/policies/escalateAfterBusinessDays").asInt())
                .isEqualTo(changed);
        // The same text on both nodes: sets are exported in their natural order, not in a JVM's own.
        assertThat(second.http().get("admin", API + "/config/export").body())
                .isEqualTo(first.http().get("admin", API + "/config/export").body());

        // And back, saved on node-2 this time.
        Http.Answer restored = second.http().send("admin", "PUT", API + "/config", before);
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(first.http().get("admin", API + "/config").json().at("/policies/escalateAfterBusinessDays").asInt())
                .isEqualTo(threshold);
    }

    @Test
    @Order(3)
    void movingBothClocksPastDueDatesSendsEachReminderOnce() throws Exception {
        CompletableFuture<Http.Answer> onFirst = CompletableFuture.supplyAsync(() -> setClock(first, FIRST_DAY), threads);
        CompletableFuture<Http.Answer> onSecond = CompletableFuture.supplyAsync(() -> setClock(second, FIRST_DAY), threads);
        assertThat(onFirst.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(onSecond.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
        awaitNoPendingRun(Duration.ofSeconds(60));

        // Both nodes tell the same time: the clock is kept in the shared database.
        assertThat(first.http().get("admin", "/rest/sandbox/1.0/clock").json().get("now").asText())
                .isEqualTo(FIRST_DAY.toString());
        assertThat(second.http().get("admin", "/rest/sandbox/1.0/clock").json().get("now").asText())
                .isEqualTo(FIRST_DAY.toString());
        Map<String, Integer> sent = mailsPerRecipientAndSubject(FIRST_DAY);
        assertThat(sent).isNotEmpty();
        assertThat(sent).allSatisfy((mail, times) -> assertThat(times).as(mail).isEqualTo(1));
        assertEveryLedgerEntryHasItsMail(FIRST_DAY);
        assertBothOutboxesShowEveryMail();
    }

    @Test
    @Order(4)
    void killingTheNodeInTheMiddleOfTheDailyJobLeavesTheOtherToFinishItWithNothingLostOrDoubled() throws Exception {
        int before = mailsPerRecipientAndSubject(TWO_WEEKS_LATER).size();
        assertThat(before).isZero();
        // node-2 asks for the run and runs it, pausing after each mail; its request answers only at the end.
        CompletableFuture.runAsync(() -> setClock(second, TWO_WEEKS_LATER), threads);
        long sentByNode2 = awaitMails(TWO_WEEKS_LATER, 2, Duration.ofSeconds(60));
        // Right after a mail: node-2 is in its pause, holding the daily jobs' cluster lock.
        assertThat(lockHolder()).isEqualTo("node-2");
        second.process().destroyForcibly();
        assertThat(second.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        long atKill = countMails(TWO_WEEKS_LATER);

        // node-1 finds the run pending, waits out node-2's lease and runs the jobs to the end.
        awaitNoPendingRun(Duration.ofSeconds(60));
        long atEnd = countMails(TWO_WEEKS_LATER);
        assertThat(atEnd).as("node-1 sent what node-2 had not (node-2 sent " + sentByNode2 + ")")
                .isGreaterThan(atKill);
        Map<String, Integer> sent = mailsPerRecipientAndSubject(TWO_WEEKS_LATER);
        assertThat(sent).allSatisfy((mail, times) -> assertThat(times).as(mail).isEqualTo(1));
        assertThat(mailsPerRecipientAndSubject(FIRST_DAY)).allSatisfy((mail, times) -> assertThat(times).as(mail).isEqualTo(1));
        assertEveryLedgerEntryHasItsMail(TWO_WEEKS_LATER);
        assertThat(first.http().get("admin", "/rest/sandbox/1.0/outbox").json().size())
                .isEqualTo(countAllMails());
        // Running the jobs again on the surviving node sends nothing new.
        assertThat(setClock(first, TWO_WEEKS_LATER).status()).isEqualTo(200);
        assertThat(countMails(TWO_WEEKS_LATER)).isEqualTo(atEnd);
    }

    // ---- helpers ----

    private Node start(String name, List<String> database, long mailPauseMs) throws IOException {
        Path data = folder.resolve(name);
        Path log = folder.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classpath,
                "io.postmortem.sandbox.SandboxMain", "--port", "0", "--data", data.toString(), "--node", name,
                "--test-mail-pause-ms", Long.toString(mailPauseMs)));
        command.addAll(database);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Node starting = new Node(name, process, log, null, null);
        String baseUrl = awaitLine(starting, READY, Duration.ofMinutes(3)).group(1);
        return new Node(name, process, log, new Http(baseUrl), baseUrl);
    }

    private static Matcher awaitLine(Node node, Pattern pattern, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            String output = Files.exists(node.log()) ? Files.readString(node.log()) : "";
            Matcher matcher = pattern.matcher(output);
            if (matcher.find()) {
                return matcher;
            }
            if (!node.process().isAlive()) {
                throw new AssertionError(node.name() + " stopped:\n" + tail(output));
            }
            sleep(200);
        }
        throw new AssertionError(node.name() + " did not print " + pattern + " in " + patience + ":\n"
                + tail(Files.readString(node.log())));
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 4000));
    }

    private static String entry(String text) {
        return """
                {"at": "2026-11-23T09:12:00Z", "team": "card-processing", "kind": "NOTE", "text": "%s"}"""
                .formatted(text);
    }

    private static List<String> texts(JsonNode timeline) {
        List<String> texts = new ArrayList<>();
        timeline.get("entries").forEach(e -> texts.add(e.get("text").asText()));
        return texts;
    }

    private static Http.Answer setClock(Node node, Instant now) {
        return node.http().send("admin", "PUT", "/rest/sandbox/1.0/clock", "{\"now\": \"" + now + "\"}");
    }

    private void awaitNoPendingRun(Duration patience) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (count("SELECT COUNT(*) FROM SBX_SETTING WHERE NAME = 'daily.pending'") > 0) {
            assertThat(System.nanoTime()).as("the daily jobs' run still pending after " + patience).isLessThan(deadline);
            sleep(100);
        }
    }

    /** Waits until {@code at} least this many mails of the run at {@code at} were sent; polls often. */
    private long awaitMails(Instant at, long atLeast, Duration patience) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        long sent;
        while ((sent = countMails(at)) < atLeast) {
            assertThat(System.nanoTime()).as("fewer than " + atLeast + " mails after " + patience).isLessThan(deadline);
            sleep(5);
        }
        return sent;
    }

    private String lockHolder() throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT OWNER_NODE FROM SBX_CLUSTER_LOCK WHERE LOCK_NAME = 'sandbox.daily-jobs'");
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private long countMails(Instant at) throws SQLException {
        return count("SELECT COUNT(*) FROM SBX_MAIL WHERE SENT_AT = " + at.toEpochMilli());
    }

    private long countAllMails() throws SQLException {
        return count("SELECT COUNT(*) FROM SBX_MAIL");
    }

    /** (recipients, subject) of every mail sent at {@code at}, and how often. */
    private Map<String, Integer> mailsPerRecipientAndSubject(Instant at) throws SQLException {
        Map<String, Integer> times = new HashMap<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("SELECT RECIPIENTS, SUBJECT FROM SBX_MAIL"
                     + " WHERE SENT_AT = " + at.toEpochMilli());
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                times.merge(rows.getString(1) + " | " + rows.getString(2), 1, Integer::sum);
            }
        }
        return times;
    }

    /**
     * The ledger records each (event, recipient) before its mail goes out: the same recipients in the ledger and in
     * the outbox for the run at {@code at} means no mail was recorded as sent and then lost.
     */
    private void assertEveryLedgerEntryHasItsMail(Instant at) throws SQLException {
        List<String> ledger = strings("SELECT \"RECIPIENT\" FROM \"AO_441554_NOTIFICATION\" WHERE \"SENT_AT\" = "
                + at.toEpochMilli() + " ORDER BY 1");
        List<String> mailed = strings("SELECT RECIPIENTS FROM SBX_MAIL WHERE SENT_AT = " + at.toEpochMilli() + " ORDER BY 1");
        assertThat(mailed).isNotEmpty();
        assertThat(mailed).isEqualTo(ledger);
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private void assertBothOutboxesShowEveryMail() throws SQLException {
        long all = countAllMails();
        assertThat(first.http().get("admin", "/rest/sandbox/1.0/outbox").json().size()).isEqualTo(all);
        assertThat(second.http().get("admin", "/rest/sandbox/1.0/outbox").json().size()).isEqualTo(all);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
