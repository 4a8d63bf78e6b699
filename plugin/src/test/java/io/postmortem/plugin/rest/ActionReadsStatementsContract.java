package io.postmortem.plugin.rest;

import io.postmortem.core.access.Actor;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionQueries;
import io.postmortem.core.action.Ideas;
import io.postmortem.core.action.RaiseAction;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.action.IdeaItem;
import io.postmortem.core.action.Suggestion;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryProblemTickets;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.action.AoIdeaRepository;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.AoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actions list and the "same as" suggestions read a fixed number of statements, whatever the action table
 * holds: a page is limited in the database, and suggestions read only summaries sharing a word every match must
 * share (newest first, limited). The action and idea stores are the real ones on H2, PostgreSQL and MySQL; the
 * other ports are the one test host's ({@link TestOrganisation}) and the core's in-memory stores.
 */
abstract class ActionReadsStatementsContract extends ActiveObjectsTestCase {
    /** The action table, quoted or not, and not its history or packs. */
    private static final Pattern ACTION_TABLE = Pattern.compile("AO_[0-9A-F]+_ACTION(?!_)");
    private static final Pattern IDEA_TABLE = Pattern.compile("AO_[0-9A-F]+_IDEA(?!_)");
    private static final Instant EARLIER = Instant.parse("2026-10-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    private final TestOrganisation org = ActionsResourceTest.loggedIn("dev-checkout");
    private final InMemoryPostmortems stored = new InMemoryPostmortems();
    private final InMemoryProblemTickets tickets = new InMemoryProblemTickets(org);
    private AoActionRepository actions;
    private Ideas earlierIdeas;
    private RaiseAction earlierRaising;
    private Ideas ideas;
    private ActionQueries queries;
    private Postmortem earlier;
    private Postmortem later;
    private Actor dev;
    private int fillers;

    @BeforeEach
    void twoPostmortemsSevenWeeksApart() {
        ao.migrate(PersistenceEntities.asArray());
        actions = new AoActionRepository(ao, org, org);
        AoIdeaRepository ideas = new AoIdeaRepository(ao);
        dev = org.actor("dev-checkout");
        earlierIdeas = new Ideas(postmortems(EARLIER), stored, actions, ideas, org, org, clock(EARLIER));
        earlierRaising = new RaiseAction(postmortems(EARLIER), actions, ideas, tickets, org, clock(EARLIER));
        this.ideas = new Ideas(postmortems(NOW), stored, actions, ideas, org, org, clock(NOW));
        queries = new ActionQueries(postmortems(NOW), actions, ideas, org, org, clock(NOW));
        earlier = postmortem(EARLIER, "INC-1");
        later = postmortem(NOW, "INC-2");
        IdeaItem repeated = earlierIdeas.addIdea(earlier.key(), "Alert on checkout error rate", null, dev);
        earlierIdeas.addIdea(earlier.key(), "Canary stage for deploys", null, dev);
        earlierRaising.promote(earlier.key(), repeated.idea().id(), new io.postmortem.core.action.ActionDraft(null, null,
                ActionType.DETECT, "checkout", Priority.HIGH, "earlier-1", null, null), dev);
    }

    @Test
    void suggestionsReadTheSameStatementsWithTenOrTwoHundredUnrelatedActions() {
        long ideaId = this.ideas.addIdea(later.key(), "Alerting on the checkout error rate", null, dev).idea().id();
        unrelatedActions(10);
        AoDatabase.Counted<List<Suggestion>> few = database.counting(() -> ideas.suggest(later.key(), ideaId, dev));
        unrelatedActions(190);
        AoDatabase.Counted<List<Suggestion>> many = database.counting(() -> ideas.suggest(later.key(), ideaId, dev));

        assertThat(few.result()).extracting(Suggestion::summary).containsExactly("Alert on checkout error rate");
        assertThat(many.result()).isEqualTo(few.result());
        assertThat(many.statements()).isEqualTo(few.statements());
        // Not one statement reading the whole table: each names its rows, and the candidates' is a limited LIKE.
        List<String> sql = new ArrayList<>();
        database.counting(() -> ideas.suggest(later.key(), ideaId, dev), sql::add);
        List<String> actionReads = sql.stream().filter(s -> ACTION_TABLE.matcher(s).find()).toList();
        assertThat(actionReads).isNotEmpty().allSatisfy(s -> assertThat(s).containsIgnoringCase("WHERE"));
        assertThat(actionReads).filteredOn(s -> s.toUpperCase().contains("LIKE")).singleElement()
                .satisfies(s -> assertThat(s).containsIgnoringCase("LIMIT").containsIgnoringCase("ESCAPE"));
        assertThat(sql.stream().filter(s -> IDEA_TABLE.matcher(s).find()).filter(s -> s.toUpperCase().contains("LIKE")))
                .singleElement().satisfies(s -> assertThat(s).containsIgnoringCase("LIMIT"));
    }

    @Test
    void aPageReadsTheSameStatementsWithTwentyOrTwoHundredActions() {
        unrelatedActions(20);
        AoDatabase.Counted<ActionQueries.ActionPage> few = database.counting(() ->
                queries.page(null, null, Set.of(), null, 0, 10, dev));
        unrelatedActions(180);
        AoDatabase.Counted<ActionQueries.ActionPage> many = database.counting(() ->
                queries.page(null, null, Set.of(), null, 0, 10, dev));

        assertThat(few.result().items()).hasSize(10);
        assertThat(many.result().items()).extracting(i -> i.action().id())
                .isEqualTo(few.result().items().stream().map(i -> i.action().id()).toList());
        assertThat(many.statements()).isEqualTo(few.statements());
        List<String> sql = new ArrayList<>();
        database.counting(() -> queries.page(null, null, Set.of(), null, 0, 10, dev), sql::add);
        // The distinct projects (one row per project, to ask browse permission for), then rows named by id.
        List<String> actionReads = sql.stream().filter(s -> ACTION_TABLE.matcher(s).find()).toList();
        assertThat(actionReads.get(0)).containsIgnoringCase("GROUP BY");
        assertThat(actionReads.get(1)).containsIgnoringCase("LIMIT 11");
        assertThat(actionReads.subList(1, actionReads.size())).allSatisfy(s -> assertThat(s).containsIgnoringCase("WHERE"));
    }

    private static Clock clock(Instant at) {
        return Clock.fixed(at, ZoneOffset.UTC);
    }

    private PostmortemService postmortems(Instant at) {
        return new PostmortemService(org, stored, stored, org, org, org, clock(at), List.of(), List.of());
    }

    private Postmortem postmortem(Instant at, String incidentKey) {
        return ActionsResourceTest.checkoutPostmortem(org, postmortems(at), at, incidentKey);
    }

    private void unrelatedActions(int count) {
        int start = fillers;
        fillers += count;
        for (int i = 0; i < count; i++) {
            actions.insert(new Action(0, "filler-" + (start + i), earlier.key(), earlier.incidentKey(), "CHK-" + (1000 + start + i),
                    "CHK", "Tidy the build scripts " + i, null, ActionType.PREVENT, "checkout", "payments",
                    Priority.LOW, Severity.P1, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null,
                    ActionStatus.OPEN, null, false, null, null, "dev", EARLIER.minusSeconds(3600), null));
        }
    }
}
