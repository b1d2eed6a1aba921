package dev.eventex.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Organization names mined from a tiny invented text, with the packaged patterns and gazetteers. */
class OrganizationMinerTest {

    /** Keep anything seen twice by two patterns; person and place contexts may be half the evidence. */
    private static final OrganizationMiner.Thresholds LOOSE = new OrganizationMiner.Thresholds(2, 2, 0.5, 0.05, 1.0, 0.3, 0.25, true, 100);

    private static final List<String> TEXT = List.of(
            "Zentrova is a software company based in Elbonia. Its engineers write tools for ports.",
            "Analysts said shares of Zentrova rose after the results. Zentrova hired forty people.",
            "Quillmark Inc. makes paper. The mill was sold to Quillmark Inc. in the spring.",
            "Investors bought shares of Quillmark and praised Quillmark's chief executive.",
            "Lantern, a rock band from the coast, played three nights. The band Lantern then rested.",
            "A lantern hung by the door.",
            "Tomas Varga, a bank robber, fled. Varga was a bank clerk before.",
            "Brackenfold, a football club, lost. Fans of the club Brackenfold sang.",
            "They lived in Brackenfold for years. A school in Brackenfold opened. She died in Brackenfold.",
            "Kenya, a member of the bloc, signed. Kenya is a founding member of the group.",
            "Nevertheless, the company grew. Nevertheless, a small firm stayed.",
            "The fund sold shares of Orvane and bought shares of Orvane again.",
            "Staff of Orvane Harbour Trust and Orvane Valley Mills met Orvane Rail Board officials.");

    private static OrganizationMiner mined() throws IOException {
        OrganizationMiner miner = OrganizationMiner.load(ModelSource.classpath());
        for (String line : TEXT) {
            miner.addLine(line);
        }
        return miner;
    }

    private static Map<String, OrganizationMiner.Mined> byName(List<OrganizationMiner.Mined> names) {
        return names.stream().collect(Collectors.toMap(OrganizationMiner.Mined::name, m -> m));
    }

    @Test
    void aNameTypedByTwoPatternsIsKeptWithItsKind() throws IOException {
        Map<String, OrganizationMiner.Mined> names = byName(mined().result(LOOSE));
        assertThat(names).containsKey("Zentrova");
        assertThat(names.get("Zentrova").kind()).isEqualTo("company");
        assertThat(names.get("Zentrova").ambiguous()).isFalse();
        assertThat(names.get("Zentrova").patterns()).isEqualTo(2);
    }

    @Test
    void aLegalFormGivesTheShortFormWithTheFullOneAsAlias() throws IOException {
        OrganizationMiner.Mined q = byName(mined().result(LOOSE)).get("Quillmark");
        assertThat(q).isNotNull();
        assertThat(q.aliases()).containsExactly("Quillmark Inc.");
        assertThat(q.kind()).isEqualTo("company");
    }

    @Test
    void aNameMostlyWrittenInLowerCaseNeedsACue() throws IOException {
        OrganizationMiner.Mined lantern = byName(mined().result(LOOSE)).get("Lantern");
        assertThat(lantern).isNotNull();
        assertThat(lantern.kind()).isEqualTo("band");
        assertThat(lantern.ambiguous()).isTrue();
        OrganizationMiner.Thresholds strict = new OrganizationMiner.Thresholds(2, 2, 0.5, 0.05, 0.4, 0.3, 0.25, true, 100);
        assertThat(byName(mined().result(strict))).doesNotContainKey("Lantern");
        OrganizationMiner.Thresholds plainOnly = new OrganizationMiner.Thresholds(2, 2, 0.5, 0.05, 1.0, 0.3, 0.25, false, 100);
        assertThat(byName(mined().result(plainOnly))).doesNotContainKey("Lantern").containsKey("Zentrova");
    }

    @Test
    void aHeadFollowedByAnotherNounOrAfterMemberOfTypesNothing() throws IOException {
        Map<String, OrganizationMiner.Mined> names = byName(mined().result(new OrganizationMiner.Thresholds(1, 1, 9, 0.05, 1.0, 0.3, 0.25, true, 100)));
        assertThat(names).doesNotContainKeys("Tomas Varga", "Varga", "Kenya");
        // capitalised only where it opens a sentence
        assertThat(names).doesNotContainKey("Nevertheless");
    }

    @Test
    void aNameUsedMoreOftenAsAPlaceIsDropped() throws IOException {
        assertThat(byName(mined().result(LOOSE))).doesNotContainKey("Brackenfold");
        assertThat(byName(mined().result(new OrganizationMiner.Thresholds(2, 2, 2.0, 0.05, 1.0, 0.3, 0.25, true, 100))).get("Brackenfold").ambiguous())
                .isTrue();
    }

    @Test
    void aWordThatMostlyOpensLongerNamesIsDropped() throws IOException {
        // "Orvane" stands alone in 2 of its 5 capitalised uses
        OrganizationMiner.Thresholds loose = new OrganizationMiner.Thresholds(2, 1, 0.5, 0.05, 1.0, 0.3, 0.25, true, 100);
        OrganizationMiner.Thresholds alone = new OrganizationMiner.Thresholds(2, 1, 0.5, 0.05, 1.0, 0.5, 0.25, true, 100);
        assertThat(byName(mined().result(loose))).containsKey("Orvane");
        assertThat(byName(mined().result(alone))).doesNotContainKey("Orvane").containsKey("Zentrova");
    }

    @Test
    void thresholdsAndTheEntryLimitApply() throws IOException {
        assertThat(mined().result(new OrganizationMiner.Thresholds(2, 3, 0.5, 0.05, 1.0, 0.3, 0.25, true, 100))).extracting(OrganizationMiner.Mined::name)
                .containsExactly("Quillmark");
        assertThat(mined().result(new OrganizationMiner.Thresholds(2, 4, 0.5, 0.05, 1.0, 0.3, 0.25, true, 100))).isEmpty();
        List<OrganizationMiner.Mined> one = mined().result(new OrganizationMiner.Thresholds(2, 2, 0.5, 0.05, 1.0, 0.3, 0.25, true, 1));
        assertThat(one).hasSize(1);
    }

    @Test
    void theFileIsGroupedByKindAndTheSameForTheSameText() throws IOException {
        StringWriter a = new StringWriter();
        OrganizationMiner.write(mined().result(LOOSE), List.of("test"), a);
        StringWriter b = new StringWriter();
        OrganizationMiner.write(mined().result(LOOSE), List.of("test"), b);
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(a.toString()).startsWith("# test\n")
                .contains("# --- company\n", "Quillmark\tQuillmark Inc.\tcompany\n", "Lantern\t\tband|ambiguous\n")
                .doesNotContain("Varga", "Kenya");
    }
}
