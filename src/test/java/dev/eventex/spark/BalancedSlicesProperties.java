package dev.eventex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link BalancedSlices}: every item in one slice, slices about equal by weight. */
class BalancedSlicesProperties {

    @Property
    void everyItemLandsInExactlyOneNonEmptySortedSlice(@ForAll @Size(max = 300) List<@LongRange(max = 100_000_000) Long> sizes,
                                                       @ForAll @IntRange(min = 1, max = 40) int slices) {
        long[] w = sizes.stream().mapToLong(Long::longValue).toArray();

        List<int[]> out = BalancedSlices.of(w, slices);

        assertThat(out).hasSize(Math.min(slices, w.length));
        assertThat(out).allSatisfy(s -> {
            assertThat(s).isNotEmpty();
            assertThat(s).isSorted();
        });
        int[] all = out.stream().flatMapToInt(Arrays::stream).sorted().toArray();
        assertThat(all).containsExactly(IntStream.range(0, w.length).toArray());
    }

    @Property
    void noSliceWeighsMoreThanTheMeanPlusOneItem(@ForAll @Size(min = 1, max = 300) List<@LongRange(max = 100_000_000) Long> sizes,
                                                 @ForAll @IntRange(min = 1, max = 40) int slices) {
        long[] w = sizes.stream().mapToLong(Long::longValue).toArray();
        long total = Arrays.stream(w).sum();
        long heaviest = Arrays.stream(w).max().orElse(0);

        for (int[] s : BalancedSlices.of(w, slices)) {
            long load = Arrays.stream(s).mapToLong(i -> w[i]).sum();
            assertThat(load).isLessThanOrEqualTo(total / Math.min(slices, w.length) + heaviest);
        }
    }

    @Test
    void aFewLongTextsAreSpreadOverTheSlicesNotLeftToTheLast() {
        // a listing sorted by name whose long texts come last: a split by count puts them all in one slice
        long[] w = new long[100];
        Arrays.fill(w, 1_000);
        for (int i = 96; i < 100; i++) {
            w[i] = 50_000;
        }

        List<int[]> out = BalancedSlices.of(w, 4);

        assertThat(out).allSatisfy(s -> assertThat(Arrays.stream(s).filter(i -> i >= 96).count()).isEqualTo(1));
        assertThat(out).allSatisfy(s -> assertThat(Arrays.stream(s).mapToLong(i -> w[i]).sum()).isEqualTo(74_000));
    }

    @Test
    void noItemsGiveNoSlices() {
        assertThat(BalancedSlices.of(new long[0], 3)).isEmpty();
    }
}
