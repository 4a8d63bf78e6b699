package io.postmortem.core.testing;

import io.postmortem.core.accountability.ActionStatistics;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.action.IdeaRepository;
import io.postmortem.core.blameless.AcknowledgementRepository;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.mail.NotificationLedger;
import io.postmortem.core.postmortem.MeetingGuests;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.reads.ReadReceiptRepository;
import io.postmortem.core.testing.contract.AcknowledgementRepositoryContract;
import io.postmortem.core.testing.contract.ActionRepositoryContract;
import io.postmortem.core.testing.contract.ActionStatisticsContract;
import io.postmortem.core.testing.contract.ConfigurationStoreContract;
import io.postmortem.core.testing.contract.IdeaRepositoryContract;
import io.postmortem.core.testing.contract.MeetingGuestsContract;
import io.postmortem.core.testing.contract.NotificationLedgerContract;
import io.postmortem.core.testing.contract.PostmortemRepositoryContract;
import io.postmortem.core.testing.contract.ReadReceiptsContract;
import io.postmortem.core.testing.contract.TimelineRepositoryContract;
import io.postmortem.core.timeline.TimelineRepository;
import org.junit.jupiter.api.Nested;

/**
 * The one test host's in-memory ports against the same contracts the plugin's Active Objects repositories pass
 * (their {@code Ao*Contract} classes implement these too), so the fakes behave as the SQL does.
 */
class InMemoryPortsFollowTheirContractsTest {

    @Nested
    class Postmortems implements PostmortemRepositoryContract {
        private final InMemoryPostmortems postmortems = new InMemoryPostmortems();

        @Override
        public PostmortemRepository repository() {
            return postmortems;
        }
    }

    @Nested
    class Timeline implements TimelineRepositoryContract {
        private final InMemoryTimelineRepository timeline = new InMemoryTimelineRepository();

        @Override
        public TimelineRepository repository() {
            return timeline;
        }
    }

    @Nested
    class Receipts implements ReadReceiptsContract {
        private final InMemoryReadReceipts receipts = new InMemoryReadReceipts();

        @Override
        public ReadReceiptRepository receipts() {
            return receipts;
        }
    }

    @Nested
    class Guests implements MeetingGuestsContract {
        private final InMemoryMeetingGuests guests = new InMemoryMeetingGuests();

        @Override
        public MeetingGuests guests() {
            return guests;
        }
    }

    @Nested
    class Acknowledgements implements AcknowledgementRepositoryContract {
        private final InMemoryAcknowledgements acknowledgements = new InMemoryAcknowledgements();

        @Override
        public AcknowledgementRepository acknowledgements() {
            return acknowledgements;
        }
    }

    @Nested
    class Ledger implements NotificationLedgerContract {
        private final TestOrganisation host = TestOrganisation.builder().build();

        @Override
        public NotificationLedger ledger() {
            return host;
        }
    }

    @Nested
    class Configuration implements ConfigurationStoreContract {
        private final TestOrganisation host = TestOrganisation.builder().build();

        @Override
        public ConfigurationStore store() {
            return host;
        }
    }

    @Nested
    class Actions implements ActionRepositoryContract {
        private final InMemoryActions actions = new InMemoryActions();

        @Override
        public ActionRepository repository() {
            return actions;
        }
    }

    @Nested
    class Ideas implements IdeaRepositoryContract {
        private final InMemoryActions ideas = new InMemoryActions();

        @Override
        public IdeaRepository ideas() {
            return ideas;
        }
    }

    @Nested
    class Statistics implements ActionStatisticsContract {
        private final InMemoryAccountabilityStore store = new InMemoryAccountabilityStore(ZONE);
        private long ids;

        @Override
        public ActionStatistics statistics() {
            return store;
        }

        @Override
        public Action storeAction(Action action) {
            Action stored = action.withId(++ids);
            store.actions.add(stored);
            return stored;
        }

        @Override
        public Action updateAction(Action action) {
            store.actions.replaceAll(a -> a.id() == action.id() ? action : a);
            return action;
        }
    }
}
