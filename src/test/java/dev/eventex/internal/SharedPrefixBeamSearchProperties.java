package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The beam search's comparisons of scores are {@link Double#compare}'s for any doubles, signed
 * zeros, infinities and NaN among them, and its k-th largest score is what sorting finds.
 */
class SharedPrefixBeamSearchProperties {

    @Property(tries = 2000)
    void orderKeysCompareAsDoubleCompare(@ForAll("scores") double a, @ForAll("scores") double b) {
        assertThat(Long.signum(Long.compare(SharedPrefixBeamSearch.order(a), SharedPrefixBeamSearch.order(b))))
                .as(a + " vs " + b)
                .isEqualTo(Integer.signum(Double.compare(a, b)));
    }

    @Property(tries = 1000)
    void kthLargestIsWhatSortingFinds(@ForAll("scoreArrays") double[] scores, @ForAll @IntRange(min = 1, max = 5) int k) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double expected = sorted[Math.max(0, scores.length - k)];
        assertThat(Double.doubleToRawLongBits(SharedPrefixBeamSearch.kthLargest(scores, k)))
                .as(Arrays.toString(scores) + " k=" + k)
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }

    /** The search's reused scratch arrays: what an earlier call left in them changes nothing. */
    @Property(tries = 500)
    void kthLargestWithReusedScratchIsTheSame(@ForAll("scoreArrays") double[] scores, @ForAll("scoreArrays") double[] before,
                                              @ForAll @IntRange(min = 1, max = 5) int k) {
        double[] best = new double[k];
        long[] keys = new long[k];
        SharedPrefixBeamSearch.kthLargest(before, k, best, keys);
        assertThat(Double.doubleToRawLongBits(SharedPrefixBeamSearch.kthLargest(scores, k, best, keys)))
                .as(Arrays.toString(scores) + " after " + Arrays.toString(before) + " k=" + k)
                .isEqualTo(Double.doubleToRawLongBits(SharedPrefixBeamSearch.kthLargest(scores, k)));
    }

    @Provide
    Arbitrary<Double> scores() {
        // few distinct values besides the special ones, so that ties are common
        return Arbitraries.oneOf(
                Arbitraries.of(0.0, -0.0, 1.0, -1.0, 1e-300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, Double.NaN, Double.MAX_VALUE, -Double.MAX_VALUE),
                Arbitraries.integers().between(-4, 8).map(i -> i / 8.0),
                Arbitraries.doubles());
    }

    @Provide
    Arbitrary<double[]> scoreArrays() {
        return scores().array(double[].class).ofMinSize(1).ofMaxSize(40);
    }
}
