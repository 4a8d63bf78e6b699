package io.postmortem.sandbox.demo;

import io.postmortem.core.action.ActionType;
import io.postmortem.core.postmortem.RootCause;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What the demo's postmortems say: one story per kind of incident symptom, with a few wordings of its root cause (the
 * same wording comes back in several postmortems, so "have we seen this before?" finds earlier ones), the sections'
 * text and the actions such a postmortem raises. Written the way a blameless postmortem should read: systems and
 * conditions as subjects, no names, no hindsight verdicts. {@code {service}} stands for the affected service.
 */
final class DemoStories {

    /** An action a story's postmortem commits to. */
    record ActionIdea(ActionType type, String summary) {
    }

    /**
     * @param symptom a phrase of the incident summary this story explains (lower case)
     * @param causes alternative wordings of the main root cause, all of {@code category}
     */
    record Story(String symptom, String category, List<String> causes, String trigger, String detection,
                 String resolution, List<ActionIdea> actions) {

        RootCause cause(Random random, String service) {
            return new RootCause(fill(causes.get(random.nextInt(causes.size())), service), category);
        }
    }

    static final List<Story> STORIES = List.of(
            new Story("5xx", "change",
                    List.of("A release of {service} changed the response mapping for empty carts, and the new code path threw on a null field.",
                            "The canary stage compared only latency, so a release with a raised error rate in {service} reached every instance.",
                            "A release of {service} changed the response mapping for empty carts, and the new code path threw on a null field."),
                    "A routine release of {service} reached 100% of instances at the start of the impact.",
                    "The error-rate alert on {service} fired within minutes; the on-call rotation acknowledged the page at once.",
                    "The release was rolled back; error rates returned to baseline within five minutes of the rollback finishing.",
                    List.of(new ActionIdea(ActionType.PREVENT, "Add error rate to the canary analysis for {service}"),
                            new ActionIdea(ActionType.REPAIR, "Handle empty responses in the {service} mapping layer"),
                            new ActionIdea(ActionType.DETECT, "Alert on 5xx ratio per release version"))),
            new Story("latency", "capacity",
                    List.of("Traffic outgrew the fixed instance count of {service}; autoscaling was disabled during a migration and not re-enabled.",
                            "A slow query on an unindexed column of the orders table held connections for seconds under peak load.",
                            "Traffic outgrew the fixed instance count of {service}; autoscaling was disabled during a migration and not re-enabled."),
                    "The evening traffic peak pushed request volume on {service} to 1.6 times the weekly average.",
                    "The latency SLO burn-rate alert fired after 20 minutes of elevated p99 latency.",
                    "Instances were scaled out by hand, then the autoscaling policy was restored with a higher ceiling.",
                    List.of(new ActionIdea(ActionType.PREVENT, "Re-enable and test autoscaling for {service}"),
                            new ActionIdea(ActionType.REPAIR, "Add the missing index on orders.updated_at"),
                            new ActionIdea(ActionType.DETECT, "Alert when a service runs at its autoscaling ceiling"))),
            new Story("timeouts", "dependency",
                    List.of("Client retries without backoff or jitter multiplied load on {service} during a brief slowdown of its database.",
                            "The DNS resolver cache in the client library held an address of a retired load balancer.",
                            "Client retries without backoff or jitter multiplied load on {service} during a brief slowdown of its database."),
                    "A short failover of the database behind {service} slowed responses for about a minute.",
                    "Synthetic checks from two regions started timing out; the tracing dashboard showed the retry fan-out.",
                    "Retries were capped by a configuration change and the callers recovered as the queue drained.",
                    List.of(new ActionIdea(ActionType.PREVENT, "Add exponential backoff with jitter to {service} clients"),
                            new ActionIdea(ActionType.MITIGATE, "Introduce a circuit breaker in front of {service}"),
                            new ActionIdea(ActionType.INVESTIGATE, "Review DNS caching settings of the shared HTTP client"))),
            new Story("after deployment", "change",
                    List.of("A schema migration in the release took a table lock that blocked every write to {service} until it finished.",
                            "The new version of {service} expected a configuration key that existed only in the staging environment.",
                            "A schema migration in the release took a table lock that blocked every write to {service} until it finished."),
                    "The deployment pipeline ran the migration step and then restarted {service}.",
                    "Health checks failed on the new instances and the deployment dashboard turned red.",
                    "The deployment was rolled back and the migration re-run later as an online migration.",
                    List.of(new ActionIdea(ActionType.PREVENT, "Run schema migrations online with lock timeouts"),
                            new ActionIdea(ActionType.PREVENT, "Check required configuration keys at startup of {service}"),
                            new ActionIdea(ActionType.PROCESS, "Add a migration review to the release checklist"))),
            new Story("backlog", "capacity",
                    List.of("Consumers of {service} process messages one at a time, so throughput stayed flat while producers doubled.",
                            "One malformed message was retried forever and blocked its partition of the {service} queue.",
                            "Consumers of {service} process messages one at a time, so throughput stayed flat while producers doubled."),
                    "A marketing campaign doubled the rate of incoming events for {service}.",
                    "The queue-age alert fired once the oldest message was more than 15 minutes old.",
                    "Consumer concurrency was raised and the backlog drained over the following hour.",
                    List.of(new ActionIdea(ActionType.REPAIR, "Process {service} messages in batches"),
                            new ActionIdea(ActionType.PREVENT, "Send messages that fail repeatedly to a dead-letter queue"),
                            new ActionIdea(ActionType.DETECT, "Alert on queue age per partition"))),
            new Story("eu-west-1", "dependency",
                    List.of("The cloud provider's network degraded in one availability zone and {service} ran in that zone only.",
                            "Cross-zone failover of {service} depended on a manual step documented in an outdated runbook.",
                            "The cloud provider's network degraded in one availability zone and {service} ran in that zone only."),
                    "The provider reported packet loss in one availability zone of eu-west-1.",
                    "Regional synthetic checks failed and the provider's status page confirmed the degradation.",
                    "Traffic was shifted to the other zones; the provider restored the network two hours later.",
                    List.of(new ActionIdea(ActionType.PREVENT, "Spread {service} across three availability zones"),
                            new ActionIdea(ActionType.PROCESS, "Rewrite and rehearse the zone failover runbook"),
                            new ActionIdea(ActionType.DETECT, "Alert on per-zone error rates"))),
            new Story("certificate", "process",
                    List.of("Certificate renewal for {service} is a manual task tracked in a calendar, and the reminder went to a retired mailbox.",
                            "The certificate expiry monitor did not cover certificates served from the internal load balancers.",
                            "Certificate renewal for {service} is a manual task tracked in a calendar, and the reminder went to a retired mailbox."),
                    "The TLS certificate of {service} reached its expiry time.",
                    "Clients started reporting TLS handshake errors; customer support raised the first ticket.",
                    "A new certificate was issued and deployed; clients reconnected without further action.",
                    List.of(new ActionIdea(ActionType.PREVENT, "Automate certificate renewal for {service}"),
                            new ActionIdea(ActionType.DETECT, "Monitor certificate expiry on internal load balancers"),
                            new ActionIdea(ActionType.PROCESS, "Move renewal reminders to the team's shared queue"))),
            new Story("memory leak", "code-defect",
                    List.of("An in-process cache in {service} had no size limit, so memory grew with the number of distinct keys.",
                            "A listener registered per request in {service} was never removed, keeping request objects reachable.",
                            "An in-process cache in {service} had no size limit, so memory grew with the number of distinct keys."),
                    "A new feature multiplied the number of distinct cache keys in {service}.",
                    "The restart-count alert fired after the third out-of-memory restart within an hour.",
                    "Memory limits were raised as a stopgap and a fix bounding the cache was released the same day.",
                    List.of(new ActionIdea(ActionType.REPAIR, "Bound the in-process cache of {service}"),
                            new ActionIdea(ActionType.DETECT, "Alert on heap growth rate, not only on restarts"),
                            new ActionIdea(ActionType.INVESTIGATE, "Profile {service} memory under production load"))),
            new Story("stale data", "data",
                    List.of("Cache invalidation events for {service} were published before the database transaction committed.",
                            "Replication lag on the read replica grew to minutes and {service} read from it without a lag check.",
                            "Cache invalidation events for {service} were published before the database transaction committed."),
                    "A bulk update touched many records within a few seconds.",
                    "Customers reported outdated prices and availability; the data-freshness check confirmed it.",
                    "Caches were flushed and the invalidation was moved after the commit.",
                    List.of(new ActionIdea(ActionType.REPAIR, "Publish cache invalidations after commit (outbox pattern)"),
                            new ActionIdea(ActionType.DETECT, "Alert on replica lag above 30 seconds"),
                            new ActionIdea(ActionType.PREVENT, "Route {service} reads to the primary when replicas lag"))),
            new Story("connection pool", "capacity",
                    List.of("The database connection pool of {service} was sized for last year's traffic.",
                            "Long-running report queries shared the connection pool with user requests in {service}.",
                            "The database connection pool of {service} was sized for last year's traffic."),
                    "A traffic peak coincided with the nightly report run.",
                    "Requests failed with pool-timeout errors; the saturation panel showed the pool at 100%.",
                    "The report job was paused and the pool size raised; errors stopped within minutes.",
                    List.of(new ActionIdea(ActionType.REPAIR, "Size the connection pool of {service} from load tests"),
                            new ActionIdea(ActionType.PREVENT, "Give report queries their own connection pool"),
                            new ActionIdea(ActionType.DETECT, "Alert on connection pool saturation above 80%"))),
            new Story("rejecting valid", "change",
                    List.of("A stricter input validation rule in {service} treated optional fields as required.",
                            "Producers and {service} used different versions of the request schema after a partial rollout.",
                            "A stricter input validation rule in {service} treated optional fields as required."),
                    "A release tightened request validation in {service}.",
                    "The rise in 4xx responses was visible on the dashboard; a partner team raised the incident.",
                    "The validation rule was relaxed behind a feature flag and the release re-done with contract tests.",
                    List.of(new ActionIdea(ActionType.PREVENT, "Add consumer contract tests for {service}"),
                            new ActionIdea(ActionType.DETECT, "Alert on 4xx ratio changes after releases"),
                            new ActionIdea(ActionType.PROCESS, "Version the request schema and announce changes"))),
            new Story("config change", "configuration",
                    List.of("A configuration change to {service} was applied to all regions at once, with no staged rollout for configuration.",
                            "The configuration format of {service} accepted an unknown key silently, so a typo disabled a feature.",
                            "A configuration change to {service} was applied to all regions at once, with no staged rollout for configuration."),
                    "A configuration change was applied to {service}.",
                    "Error rates rose within a minute of the change; the change log pointed at the configuration push.",
                    "The configuration was reverted from version control.",
                    List.of(new ActionIdea(ActionType.PREVENT, "Stage configuration rollouts by region"),
                            new ActionIdea(ActionType.PREVENT, "Validate {service} configuration against a schema before applying"),
                            new ActionIdea(ActionType.PROCESS, "Show configuration pushes on the service dashboard"))),
            new Story("dependency upgrade", "dependency",
                    List.of("A library upgrade changed the default HTTP timeout from 30 seconds to 5 seconds.",
                            "The upgraded database driver of {service} reuses prepared statements differently, which raised load on the database.",
                            "A library upgrade changed the default HTTP timeout from 30 seconds to 5 seconds."),
                    "An automated dependency update was merged and released in {service}.",
                    "Timeouts to a downstream service rose after the release; tracing showed requests cut at five seconds.",
                    "The dependency was pinned to its previous version and the timeouts set explicitly.",
                    List.of(new ActionIdea(ActionType.PREVENT, "Set HTTP timeouts explicitly in {service}"),
                            new ActionIdea(ActionType.PROCESS, "Read release notes of major dependency updates in review"),
                            new ActionIdea(ActionType.DETECT, "Compare downstream timeout rates before and after releases"))),
            new Story("disk full", "configuration",
                    List.of("Log rotation on {service} hosts kept compressed logs forever, so disks filled over months.",
                            "Debug logging stayed enabled on {service} after an investigation and filled the disks in a day.",
                            "Log rotation on {service} hosts kept compressed logs forever, so disks filled over months."),
                    "Disk usage on the {service} hosts reached 100%.",
                    "Writes started failing; the disk-usage alert fired at 95% but was routed to a quiet channel.",
                    "Old logs were removed and retention set to 14 days.",
                    List.of(new ActionIdea(ActionType.REPAIR, "Set log retention for {service} hosts"),
                            new ActionIdea(ActionType.DETECT, "Route disk-usage alerts to the paging rotation"),
                            new ActionIdea(ActionType.PREVENT, "Turn debug logging off automatically after 24 hours"))),
            new Story("rate limiting", "configuration",
                    List.of("Rate limits for {service} were copied from another service and were ten times too low for batch clients.",
                            "The rate limiter of {service} counted requests per node, so limits shrank when the cluster scaled out.",
                            "Rate limits for {service} were copied from another service and were ten times too low for batch clients."),
                    "Batch clients started their nightly synchronisation.",
                    "A rise in 429 responses showed on the gateway dashboard and partner teams reported failed jobs.",
                    "Limits were raised for batch clients and the counter moved to a shared store.",
                    List.of(new ActionIdea(ActionType.REPAIR, "Derive {service} rate limits from measured client traffic"),
                            new ActionIdea(ActionType.REPAIR, "Count rate limits cluster-wide"),
                            new ActionIdea(ActionType.DETECT, "Alert on 429 ratio per client"))),
            new Story("duplicate processing", "code-defect",
                    List.of("The consumer of {service} acknowledged events after processing, and processing was not idempotent.",
                            "A consumer group rebalance replayed an hour of events into {service}.",
                            "The consumer of {service} acknowledged events after processing, and processing was not idempotent."),
                    "A consumer restart triggered a rebalance of the consumer group.",
                    "Reconciliation found duplicate records; customers reported duplicate notifications.",
                    "Duplicates were removed with a script and an idempotency key was added.",
                    List.of(new ActionIdea(ActionType.REPAIR, "Make {service} event processing idempotent"),
                            new ActionIdea(ActionType.DETECT, "Run duplicate detection in the nightly reconciliation"),
                            new ActionIdea(ActionType.MITIGATE, "Add a replay-safe mode to the {service} consumer"))));

    /** Contributing factors that turn up in any kind of incident. */
    static final List<RootCause> CONTRIBUTING = List.of(
            new RootCause("The runbook for {service} described a dashboard that no longer exists.", "process"),
            new RootCause("Alerts for {service} went to a channel that is not watched out of hours.", "process"),
            new RootCause("The staging environment does not have production-like data volumes, so the problem did not show before release.", "process"),
            new RootCause("The dependency map of {service} was out of date, which slowed down finding the affected callers.", "process"),
            new RootCause("Why the first mitigation did not take effect is still unclear; the investigation continues.", "unknown"),
            new RootCause("The health check of {service} reports healthy while its dependencies are down.", "code-defect"),
            new RootCause("A retry loop in a shared client library amplified the load.", "code-defect"),
            new RootCause("Test data in a shared table did not match the production schema.", "data"),
            new RootCause("The on-call rotation had one person covering two services during a holiday week.", "process"),
            new RootCause("The capacity plan for {service} assumed last year's growth rate.", "capacity"));

    static final List<String> WENT_WELL = List.of(
            "The incident channel was opened quickly and roles were clear from the start.",
            "Rollback took under five minutes thanks to the one-click rollback in the pipeline.",
            "Status page updates went out every 30 minutes and support had answers for customers.",
            "Tracing made the failing dependency visible within minutes.",
            "Teams outside the owning team joined quickly and shared what they saw.",
            "The runbook steps for failover worked as written.");
    static final List<String> WENT_WRONG = List.of(
            "It took a while to find which recent change lined up with the start of the impact.",
            "The first alert went to a quiet channel, so paging started later than it could have.",
            "Dashboards for {service} did not show per-region figures, which hid the pattern.",
            "Two mitigations were tried at the same time, so it was hard to tell which one helped.",
            "Customer communication started after support had already received many tickets.",
            "Access to the production console needed an approval that took 20 minutes.");
    static final List<String> LUCKY = List.of(
            "The incident started after the daily peak, so fewer customers were affected.",
            "An engineer from a neighbouring team recognised the symptom from an earlier incident.",
            "A scheduled batch job that would have added load was paused for maintenance that night.",
            "The problem showed in one region first, which bought time before it spread.",
            "Nothing was lost: every failed request could be retried afterwards.");
    static final List<String> ROOMS = List.of("Video call", "Meeting room Ada (3rd floor)",
            "Meeting room Turing (5th floor)", "Meeting room Hopper (2nd floor)", "Video call (recorded)");

    /**
     * How well each platform keeps its promises, 0..1: how many actions close, how many on time, how many meetings
     * are held on time. Differs on purpose so the accountability league has leaders and laggards.
     */
    private static final java.util.Map<String, Double> DISCIPLINE = java.util.Map.ofEntries(
            java.util.Map.entry("payments", 0.92), java.util.Map.entry("identity", 0.85),
            java.util.Map.entry("commerce", 0.7), java.util.Map.entry("search-and-discovery", 0.55),
            java.util.Map.entry("messaging", 0.78), java.util.Map.entry("data", 0.45),
            java.util.Map.entry("mobile", 0.62), java.util.Map.entry("web", 0.8),
            java.util.Map.entry("infrastructure", 0.88), java.util.Map.entry("observability", 0.95),
            java.util.Map.entry("developer-experience", 0.66), java.util.Map.entry("logistics", 0.35));

    private DemoStories() {
    }

    static double discipline(String platform) {
        return DISCIPLINE.getOrDefault(platform, 0.7);
    }

    /** The story that explains an incident summary; the symptom phrases match the incident history's summaries. */
    static Story forSummary(String summary, Random random) {
        String lower = summary.toLowerCase(Locale.ROOT);
        for (Story story : STORIES) {
            if (lower.contains(story.symptom())) {
                return story;
            }
        }
        return STORIES.get(random.nextInt(STORIES.size()));
    }

    static String fill(String text, String service) {
        return text.replace("{service}", service);
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
