package io.postmortem.core.accountability;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(new Values().median()).isNull();
        assertThat(of(7).median()).isEqualTo(7.0);
        assertThat(of(28, 71).median()).isEqualTo(49.5);
        assertThat(of(74, 6, 15).median()).isEqualTo(15.0);
        assertThat(of(-3, 5, 5, 1).median()).isEqualTo(3.0);
    }

    @Test
    void countingAndSortingAgreeOverNarrowAndWideRanges() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(300);
            long spread = round % 2 == 0 ? 60 : 10_000_000L;
            long[] raw = new long[size];
            Values values = new Values();
            for (int i = 0; i < size; i++) {
                raw[i] = (long) (random.nextDouble() * spread) - spread / 3;
                values.add(raw[i]);
            }
            Arrays.sort(raw);
            assertThat(values.median()).isEqualTo((raw[(size - 1) / 2] + raw[size / 2]) / 2.0);
        }
    }

    @Test
    void addsAnotherCollectionsValues() {
        Values values = of(1, 2);
        Values more = of(9, 10, 11);
        values.addAll(more);
        assertThat(values.size()).isEqualTo(5);
        assertThat(values.median()).isEqualTo(9.0);
    }

    private static Values of(long... numbers) {
        Values values = new Values();
        for (long n : numbers) {
            values.add(n);
        }
        return values;
    }
}
