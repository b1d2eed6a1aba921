package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link FeatureList} against an {@code ArrayList} of names and one of rows: any mix of single
 * names (row unknown), runs of names with rows, and clears, past its starting capacity, gives the
 * same names and rows in the same order.
 */
class FeatureListProperties {

    /** One step: a name alone ({@code rows == null}), a run with rows, or a clear ({@code names == null}). */
    record Step(List<String> names, List<Integer> rows) {
    }

    @Property(tries = 300)
    void holdsWhatWasAddedInOrder(@ForAll("steps") List<Step> steps) {
        FeatureList list = new FeatureList(2);
        List<String> names = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (Step step : steps) {
            if (step.names() == null) {
                list.clear();
                names.clear();
                rows.clear();
            } else if (step.rows() == null) {
                list.add(step.names().get(0));
                names.add(step.names().get(0));
                rows.add(FeatureList.UNRESOLVED);
            } else {
                list.addAll(step.names().toArray(new String[0]), step.rows().stream().mapToInt(Integer::intValue).toArray());
                names.addAll(step.names());
                rows.addAll(step.rows());
            }
        }
        assertThat(list).containsExactlyElementsOf(names);
        assertThat(list.names()).containsExactlyElementsOf(names);
        assertThat(list.rows()).containsExactly(rows.stream().mapToInt(Integer::intValue).toArray());
        for (int k = 0; k < names.size(); k++) {
            assertThat(list.row(k)).isEqualTo(rows.get(k));
        }
    }

    @Example
    void namesAndRowsMustPair() {
        FeatureList list = new FeatureList(4);
        assertThatThrownBy(() -> list.addAll(new String[] {"w=a"}, new int[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> list.row(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(list).isEmpty();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> name = Arbitraries.strings().withChars("ab=p1n2").ofMaxLength(5);
        Arbitrary<Step> single = name.map(n -> new Step(List.of(n), null));
        Arbitrary<Step> run = Arbitraries.integers().between(0, 12).flatMap(n -> name.list().ofSize(n).flatMap(names ->
                Arbitraries.integers().between(-1, 1000).list().ofSize(n).map(rows -> new Step(names, rows))));
        Arbitrary<Step> clear = Arbitraries.just(new Step(null, null));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, single), net.jqwik.api.Tuple.of(5, run), net.jqwik.api.Tuple.of(1, clear))
                .list().ofMaxSize(40);
    }
}
