package dev.eventex.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedSpanCleanerTest {

    private static final NamedSpanCleaner CLEANER = new NamedSpanCleaner(
            Set.of("The", "We", "They", "It"), Set.of("the", "a", "an", "our", "we", "they", "he"),
            Set.of("of", "and", "for", "the"), Set.of("al", "van"),
            w -> Set.of("minister", "secretary", "president", "foreign", "mr").contains(w.toLowerCase()),
            Set.of("Elbonian", "Elbonians"), Set.of("elbonia", "republic of elbonia", "el."));

    /** Cleans one sentence of {@code token TAB tag} lines; the spans as "type:words", or null when left out. */
    private static List<String> clean(String... lines) {
        List<NameSample> read = NerCorpusReader.readConll(List.of(lines));
        Optional<NameSample> out = CLEANER.clean(read.get(0));
        return out.map(s -> Arrays.stream(s.getNames())
                .map(sp -> sp.getType() + ":" + String.join(" ", Arrays.copyOfRange(s.getSentence(), sp.getStart(), sp.getEnd())))
                .toList()).orElse(null);
    }

    @Test
    void pronounsAndUnnamedDescriptionsAreNoNames() {
        assertThat(clean("We\tB-Organisation", "told\tO", "the\tB-Organisation", "government\tI-Organisation",
                "and\tO", "our\tB-Organisation", "partners\tI-Organisation", ".\tO")).isEmpty();
    }

    @Test
    void determinersAreTrimmedAndACountryTaggedAsAnOrganizationIsAPlace() {
        assertThat(clean("The\tB-Organisation", "Republic\tI-Organisation", "of\tI-Organisation",
                "Elbonia\tI-Organisation", "joined\tO", "the\tB-Organisation", "Vesterberg\tI-Organisation",
                "Fund\tI-Organisation", ".\tO"))
                .containsExactly("location:Republic of Elbonia", "organization:Vesterberg Fund");
    }

    @Test
    void titlesLeavePersonSpansAndATitleAloneIsNoName() {
        assertThat(clean("Foreign\tB-Person", "Minister\tI-Person", "Karl\tI-Person", "Vesterberg\tI-Person",
                "met\tO", "the\tB-Person", "Elbonian\tI-Person", "President\tI-Person", ".\tO"))
                .containsExactly("person:Karl Vesterberg");
    }

    @Test
    void aNameBeforeACommonNounKeepsItsNamePartOnlyWhenItIsACountryOrAnAcronym() {
        assertThat(clean("EPF\tB-Organisation", "fighters\tI-Organisation", "met\tO", "El.\tB-Organisation",
                "forces\tI-Organisation", "and\tO", "Elbonian\tB-Organisation", "troops\tI-Organisation", ".\tO"))
                .containsExactly("organization:EPF", "location:El.");
        assertThat(clean("the\tB-Organisation", "Vesterberg\tI-Organisation", "regime\tI-Organisation", "fell\tO"))
                .as("a person's name before a common noun cannot be typed: the sentence is left out").isNull();
    }

    @Test
    void aModifierBeforeAPlaceIsCutAndTheCityOfXIsTheNameX() {
        assertThat(clean("in\tO", "eastern\tB-Location", "Vesterburg\tI-Location", "and\tO", "the\tB-Location",
                "city\tI-Location", "of\tI-Location", "Marnau\tI-Location"))
                .containsExactly("location:Vesterburg", "location:Marnau");
    }

    @Test
    void particlesMayStartANameButJoinersAndAppositionsMayNot() {
        assertThat(clean("al\tB-Person", "-\tI-Person", "Marnawi\tI-Person", "spoke\tO"))
                .containsExactly("person:al - Marnawi");
        assertThat(clean("Minister\tB-Person", "for\tI-Person", "the\tI-Person", "North\tI-Person",
                "Karl\tI-Person", "Vesterberg\tI-Person", "spoke\tO")).isNull();
        assertThat(clean("Karl\tB-Person", "Vesterberg\tI-Person", ",\tI-Person", "the\tI-Person",
                "envoy\tI-Person", "spoke\tO")).isNull();
        assertThat(clean("the\tB-Person", "envoy\tI-Person", ",\tI-Person", "Karl\tI-Person",
                "Vesterberg\tI-Person", "spoke\tO")).as("a description before the name is cut")
                .containsExactly("person:Karl Vesterberg");
    }

    @Test
    void otherTypesAreDropped() {
        assertThat(clean("Elbonian\tB-Nationality", "rifles\tB-Weapon", "arrived\tO", "today\tB-Temporal"))
                .isEmpty();
    }

    @Test
    void theRe3dFormatReadsColumnsAndLeavesOutSentencesThatCannotBeCleaned(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("doc.conll");
        Files.writeString(f, "They\tB-Organisation\nleft\tO\n\nthe\tB-Organisation\nMarnau\tI-Organisation\n"
                + "regime\tI-Organisation\nfell\tO\n");

        List<NameSample> samples = new NerCorpusReader(w -> false, CLEANER).read(f, NerCorpusFormat.RE3D);

        assertThat(samples).hasSize(1);
        assertThat(samples.get(0).getSentence()).containsExactly("They", "left");
        assertThat(samples.get(0).getNames()).isEmpty();
    }
}
