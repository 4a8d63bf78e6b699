package io.postmortem.plugin.persistence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL written by hand in the persistence package runs on every database Jira does: PostgreSQL, MySQL, Oracle and
 * SQL Server. Each check names a class of defect that has happened or would happen silently.
 */
class PortableSqlTest {
    /** {@code \"DUE_DAY\"} in Java source: an identifier quoted by hand, a string literal on MySQL without ANSI_QUOTES. */
    private static final Pattern QUOTED_IDENTIFIER = Pattern.compile("\\\\\"[A-Za-z_][A-Za-z0-9_]*\\\\\"");
    /** A LIKE whose clause names no escape character: Oracle and SQL Server have no default one. */
    private static final Pattern LIKE_WITHOUT_ESCAPE = Pattern.compile("(?i)\\bLIKE\\s*\\?(?!\\s*ESCAPE\\b)");
    private static final Pattern ANY_LIKE = Pattern.compile("(?i)\\bLIKE\\b");

    @Test
    void noIdentifierIsQuotedByHand() {
        assertThat(PersistenceSources.literals())
                .filteredOn(l -> QUOTED_IDENTIFIER.matcher(l.text()).find())
                .as("identifiers quoted by hand; compare with a column written with the row instead").isEmpty();
    }

    @Test
    void everyLikeNamesItsEscapeCharacterAndGoesThroughTheOneHelper() {
        assertThat(PersistenceSources.literals())
                .filteredOn(l -> LIKE_WITHOUT_ESCAPE.matcher(l.text()).find())
                .as("LIKE ? without ESCAPE").isEmpty();
        assertThat(PersistenceSources.literals())
                .filteredOn(l -> ANY_LIKE.matcher(l.text()).find() && !l.file().equals("Like.java"))
                .as("LIKE written outside Like.java").isEmpty();
    }

    @Test
    void theChecksSeeTheDefectsTheyAreAbout() {
        String source = """
                class Old {
                    // a comment with "CLOSED_DAY <= \\"DUE_DAY\\"" is not code
                    String a = "CLOSED_DAY <= \\"DUE_DAY\\"";
                    String b = "TAGS LIKE ?";
                    String c = "TAGS LIKE ? ESCAPE '!'";
                    char d = '"';
                }
                """;
        List<PersistenceSources.Literal> literals = PersistenceSources.literals("Old.java", source);

        assertThat(literals).extracting(PersistenceSources.Literal::text)
                .containsExactly("CLOSED_DAY <= \\\"DUE_DAY\\\"", "TAGS LIKE ?", "TAGS LIKE ? ESCAPE '!'");
        assertThat(literals).filteredOn(l -> QUOTED_IDENTIFIER.matcher(l.text()).find()).hasSize(1);
        assertThat(literals).filteredOn(l -> LIKE_WITHOUT_ESCAPE.matcher(l.text()).find()).hasSize(1);
        assertThat(PersistenceSources.files()).hasSizeGreaterThan(20);
    }

    @Test
    void likePatternsEscapeWildcardsAndTheEscapeCharacterAndNeutraliseSqlServersBracket() {
        assertThat(Like.clause("TAGS")).isEqualTo("TAGS LIKE ? ESCAPE '!'");
        assertThat(Like.containing("|100%|")).isEqualTo("%|100!%|%");
        assertThat(Like.containing("api_gateway")).isEqualTo("%api!_gateway%");
        assertThat(Like.startingWith("A!B-")).isEqualTo("A!!B-%");
        assertThat(Like.literal("[p1]")).isEqualTo("_p1]");
        assertThat(Like.literal("back\\slash")).isEqualTo("back\\slash");
    }

    @Test
    void parameterListsAreCutUnderOraclesAndSqlServersLimits() {
        List<Integer> values = java.util.stream.IntStream.range(0, 2_345).boxed().toList();
        List<List<Integer>> chunks = ParameterLists.chunks(values);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).hasSizeLessThanOrEqualTo(ParameterLists.CHUNK));
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(values);
        assertThat(ParameterLists.CHUNK).isLessThan(1_000);
        assertThat(ParameterLists.chunks(List.of())).isEmpty();
    }
}
