package io.postmortem.plugin.persistence.learning;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.learning.AwardStore;
import io.postmortem.core.learning.Nomination;
import io.postmortem.core.learning.Winner;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Nominations, votes and winners in Jira's database. Unique keys decide races: the second nomination of a
 * postmortem in a month and the second vote of a person in a month are refused by the database, whichever node
 * they come from.
 */
public class AoAwardStore implements AwardStore {
    private final ActiveObjects ao;

    public AoAwardStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Nomination> nominate(String postmortemKey, YearMonth month, String nominator, String reason, Instant at) {
        String key = month + "|" + postmortemKey;
        if (exists(NominationEntity.class, "NOMINATION_KEY", key)) {
            return Optional.empty();
        }
        boolean inserted = insertOnce(() -> ao.create(NominationEntity.class,
                new DBParam("NOMINATION_KEY", key),
                new DBParam("MONTH_KEY", month.toString()),
                new DBParam("POSTMORTEM_KEY", postmortemKey),
                new DBParam("NOMINATOR", nominator),
                new DBParam("REASON", reason),
                new DBParam("NOMINATED_AT", at.toEpochMilli())),
                () -> exists(NominationEntity.class, "NOMINATION_KEY", key));
        if (!inserted) {
            return Optional.empty();
        }
        NominationEntity row = ao.find(NominationEntity.class, Query.select().where("NOMINATION_KEY = ?", key))[0];
        return Optional.of(toDomain(row));
    }

    @Override
    public Optional<Nomination> nomination(long id) {
        NominationEntity row = ao.get(NominationEntity.class, (int) id);
        return Optional.ofNullable(row).map(this::toDomain);
    }

    @Override
    public List<Nomination> nominations(YearMonth month) {
        return Arrays.stream(ao.find(NominationEntity.class,
                        Query.select().where("MONTH_KEY = ?", month.toString()).order("ID ASC")))
                .map(this::toDomain)
                .sorted(Comparator.comparingInt(Nomination::votes).reversed())
                .toList();
    }

    @Override
    public boolean vote(long nominationId, YearMonth month, String voter, Instant at) {
        String key = voter + "|" + month;
        if (exists(VoteEntity.class, "VOTE_KEY", key)) {
            return false;
        }
        return insertOnce(() -> ao.create(VoteEntity.class,
                        new DBParam("VOTE_KEY", key),
                        new DBParam("NOMINATION_ID", nominationId),
                        new DBParam("VOTER", voter),
                        new DBParam("VOTED_AT", at.toEpochMilli())),
                () -> exists(VoteEntity.class, "VOTE_KEY", key));
    }

    @Override
    public void confirmWinner(Winner winner) {
        GuardedAo.inTransaction(ao, () -> {
            WinnerEntity[] rows = ao.find(WinnerEntity.class, Query.select().where("MONTH_KEY = ?", winner.month().toString()));
            WinnerEntity row = rows.length > 0 ? rows[0] : ao.create(WinnerEntity.class,
                    new DBParam("MONTH_KEY", winner.month().toString()),
                    new DBParam("POSTMORTEM_KEY", winner.postmortemKey()),
                    new DBParam("CONFIRMED_BY", winner.confirmedBy()),
                    new DBParam("CONFIRMED_AT", winner.confirmedAt().toEpochMilli()));
            row.setPostmortemKey(winner.postmortemKey());
            row.setConfirmedBy(winner.confirmedBy());
            row.setConfirmedAt(winner.confirmedAt().toEpochMilli());
            row.save();
            return null;
        });
    }

    @Override
    public Optional<Winner> winner(YearMonth month) {
        return Arrays.stream(ao.find(WinnerEntity.class, Query.select().where("MONTH_KEY = ?", month.toString())))
                .findFirst().map(AoAwardStore::toDomain);
    }

    @Override
    public List<Winner> winnersUpTo(YearMonth month, int limit) {
        // "yyyy-MM" strings sort as the months they name.
        return Arrays.stream(ao.find(WinnerEntity.class, Query.select().where("MONTH_KEY <= ?", month.toString())
                        .order("MONTH_KEY DESC").limit(limit)))
                .map(AoAwardStore::toDomain).toList();
    }

    private Nomination toDomain(NominationEntity row) {
        int votes = ao.count(VoteEntity.class, Query.select().where("NOMINATION_ID = ?", (long) row.getID()));
        return new Nomination(row.getID(), row.getPostmortemKey(), YearMonth.parse(row.getMonthKey()), row.getNominator(),
                row.getReason(), Instant.ofEpochMilli(row.getNominatedAt()), votes);
    }

    private static Winner toDomain(WinnerEntity row) {
        return new Winner(YearMonth.parse(row.getMonthKey()), row.getPostmortemKey(), row.getConfirmedBy(),
                Instant.ofEpochMilli(row.getConfirmedAt()));
    }

    private boolean exists(Class<? extends net.java.ao.Entity> type, String column, String key) {
        return ao.count(type, Query.select().where(column + " = ?", key)) > 0;
    }

    /** Inserts; when the unique key refused it because someone else's row got there first, false. */
    private boolean insertOnce(Runnable insert, Supplier<Boolean> alreadyThere) {
        try {
            GuardedAo.inTransaction(ao, () -> {
                insert.run();
                return null;
            });
            return true;
        } catch (RuntimeException refused) {
            if (alreadyThere.get()) {
                return false;
            }
            throw refused;
        }
    }
}
