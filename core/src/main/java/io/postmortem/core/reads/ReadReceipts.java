package io.postmortem.core.reads;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Team;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemAccess;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read receipts: the engineers of the impacted teams mark a published postmortem read, and everyone who may see the
 * postmortem sees, per impacted team, who has.
 */
public final class ReadReceipts {
    private final PostmortemService postmortems;
    private final ReadReceiptRepository receipts;
    private final ConfigurationStore configurationStore;
    private final People people;
    private final Clock clock;

    public ReadReceipts(PostmortemService postmortems, ReadReceiptRepository receipts,
                        ConfigurationStore configurationStore, People people, Clock clock) {
        this.postmortems = postmortems;
        this.receipts = receipts;
        this.configurationStore = configurationStore;
        this.people = people;
        this.clock = clock;
    }

    /** Marks the postmortem read by the actor, a member of one of its impacted teams; marking twice keeps the first. */
    public List<TeamReads> markRead(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        Configuration configuration = configurationStore.load();
        List<String> teams = postmortems.impactedTeams(postmortem);
        if (!new PostmortemAccess(configuration.directory()).isMemberOfAny(actor, teams)) {
            throw new ForbiddenException("Only the engineers of the impacted teams mark this postmortem read.");
        }
        if (!postmortem.isPublished()) {
            throw new ConflictException("This postmortem is not published yet.",
                    List.of("status: read receipts start when the postmortem is published."));
        }
        receipts.add(new ReadReceipt(postmortem.key(), actor.username(), clock.instant()));
        return byTeam(postmortem, configuration, teams);
    }

    /** Per impacted team, who has read the postmortem and who not yet. */
    public List<TeamReads> reads(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        return byTeam(postmortem, configurationStore.load(), postmortems.impactedTeams(postmortem));
    }

    /** Whether the actor may mark it read (member of an impacted team, postmortem published) and already did. */
    public record Standing(boolean canMark, boolean read) {
    }

    public Standing standing(Postmortem postmortem, Actor actor) {
        Configuration configuration = configurationStore.load();
        boolean member = new PostmortemAccess(configuration.directory())
                .isMemberOfAny(actor, postmortems.impactedTeams(postmortem));
        boolean read = member && receipts.of(postmortem.key()).stream()
                .anyMatch(r -> r.username().equals(actor.username()));
        return new Standing(member && postmortem.isPublished() && !read, read);
    }

    private List<TeamReads> byTeam(Postmortem postmortem, Configuration configuration, List<String> teams) {
        Map<String, ReadReceipt> byUser = new HashMap<>();
        for (ReadReceipt receipt : receipts.of(postmortem.key())) {
            byUser.putIfAbsent(receipt.username(), receipt);
        }
        List<TeamReads> result = new ArrayList<>();
        ImpactedReaders.byTeam(configuration.directory(), people, teams).forEach((Team team, List<String> members) -> {
            List<TeamReads.Reader> readers = new ArrayList<>();
            List<String> notYet = new ArrayList<>();
            for (String member : members) {
                ReadReceipt receipt = byUser.get(member);
                if (receipt == null) {
                    notYet.add(member);
                } else {
                    String name = people.person(member).map(Person::displayName).orElse(member);
                    readers.add(new TeamReads.Reader(member, name, receipt.readAt()));
                }
            }
            readers.sort(java.util.Comparator.comparing(TeamReads.Reader::readAt));
            result.add(new TeamReads(team.slug(), team.name(), members.size(), readers, notYet));
        });
        return result;
    }
}
