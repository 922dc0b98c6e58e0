package org.nmoregister.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    @Test
    void foldsToLowerCaseLettersHyphensAndOneComma() {
        Map<String, String> folded = new LinkedHashMap<>();
        folded.put("Łukasz", "lukasz");
        folded.put("Søren", "soren");
        folded.put("Æthelred", "aethelred");
        folded.put("Œdipe", "oedipe");
        folded.put("Straße", "strasse");
        folded.put("Đorđe", "dorde");
        folded.put("Guðrún", "gudrun");
        folded.put("Yıldız", "yildiz");
        folded.put("Þór", "thor");
        folded.put("José ÉMILE", "jose emile");
        folded.put("O'Brien", "obrien");
        folded.put("O’Brien", "obrien");
        folded.put("O‘Brien", "obrien");
        folded.put("O`Brien", "obrien");
        folded.put("O´Brien", "obrien");
        folded.put("Smith-Jones", "smith-jones");
        folded.put("Smith‐Jones", "smith-jones");
        folded.put("Smith–Jones", "smith-jones");
        folded.put("SMITH, John", "smith, john");
        folded.put("Smith3 (John)", "smith   john ");
        folded.put("Anna.Maria", "anna maria");
        folded.forEach((written, expected) -> assertThat(NameNormaliser.fold(written)).as(written).isEqualTo(expected));
    }

    @Test
    void theLastWordIsTheSurname() {
        assertThat(tokens("William Henry Smith")).containsExactly("william", "henry", "smith:S");
        assertThat(tokens("  Mary   Smith ")).containsExactly("mary", "smith:S");
        // a single word is taken as a surname
        assertThat(tokens("Madonna")).containsExactly("madonna:S");
        assertThat(tokens("")).isEmpty();
        assertThat(tokens(" - ")).isEmpty();
    }

    @Test
    void theWordsBeforeACommaAreTheSurname() {
        assertThat(tokens("SMITH, John Paul")).containsExactly("john", "paul", "smith:S");
        assertThat(tokens("Smith Jones, John")).containsExactly("john", "smith:SP", "jones:SP", "smithjones:SJ");
        assertThat(tokens("Smith, John, Paul")).containsExactly("john", "paul", "smith:S");
        assertThat(tokens("Smith,")).containsExactly("smith:S");
        // nothing before the comma: the last word after it is the surname
        assertThat(tokens(", John Smith")).containsExactly("john", "smith:S");
        assertThat(tokens(",John")).containsExactly("john:S");
        assertThat(tokens(",")).isEmpty();
        assertThat(tokens(" , ")).isEmpty();
    }

    @Test
    void particlesJoinTheSurnameAndFoldIntoTheWholeRunTogether() {
        assertThat(tokens("Ludwig van Beethoven")).containsExactly("ludwig", "beethoven:S", "vanbeethoven:SJ");
        assertThat(tokens("Katrien van der Berg")).containsExactly("katrien", "berg:S", "vanderberg:SJ");
        assertThat(tokens("Mohammed al-Rashid")).containsExactly("mohammed", "rashid:S", "alrashid:SJ");
        // the first word is a forename even when it is a particle
        assertThat(tokens("Van Morrison")).containsExactly("van", "morrison:S");
        assertThat(tokens("Le Van Thanh")).containsExactly("le", "thanh:S", "vanthanh:SJ");
        // a surname of particles only is one word
        assertThat(tokens("Maria de la O")).containsExactly("maria", "delao:S");
        assertThat(tokens("Maria de la")).containsExactly("maria", "dela:S");
    }

    @Test
    void doubleBarrelledHalvesArePartsWithTheWholeRunTogether() {
        assertThat(tokens("Sarah Bonham-Carter")).containsExactly("sarah", "bonham:SP", "carter:SP",
                "bonhamcarter:SJ");
        assertThat(tokens("Sarah Bonham--Carter-")).containsExactly("sarah", "bonham:SP", "carter:SP",
                "bonhamcarter:SJ");
        assertThat(tokens("Anna de la Cruz-Smith")).containsExactly("anna", "cruz:SP", "smith:SP",
                "delacruzsmith:SJ");
        // hyphenated forenames are two forenames
        assertThat(tokens("Jean-Paul Sartre")).containsExactly("jean", "paul", "sartre:S");
        assertThat(tokens("Jean--Paul Sartre")).containsExactly("jean", "paul", "sartre:S");
    }

    @Test
    void oApartOrHyphenatedIsTheIrishPrefix() {
        assertThat(tokens("James O Brien")).containsExactly("james", "obrien:S");
        assertThat(tokens("James O'Brien")).containsExactly("james", "obrien:S");
        assertThat(tokens("James O-Brien")).containsExactly("james", "obrien:S");
        assertThat(tokens("O Brien, James")).containsExactly("james", "obrien:S");
        assertThat(tokens("Brien O")).containsExactly("brien", "o:S");
    }

    @ParameterizedTest
    @CsvSource({"MacDonald,mcdonald", "Mackenzie,mckenzie", "Macbee,mcbee", "Macbe,macbe", "Machin,machin",
            "Macaulay,macaulay", "Macewen,macewen", "Macintyre,macintyre", "Macorra,macorra", "Macumba,macumba",
            "Macyntre,macyntre", "McDonald,mcdonald", "Smith,smith"})
    void macAndMcAreSpeltAlike(String surname, String canonical) {
        assertThat(tokens("John " + surname)).containsExactly("john", canonical + ":S");
    }

    @Test
    void macIsSpeltMcInForenamesAndInTheWholeOfACompoundSurname() {
        assertThat(tokens("Macdonald-Smith")).containsExactly("mcdonald:SP", "smith:SP", "mcdonaldsmith:SJ");
        assertThat(tokens("Macdonald Smith")).containsExactly("mcdonald", "smith:S");
        assertThat(tokens("John de Macdonald")).containsExactly("john", "mcdonald:S", "demacdonald:SJ");
    }

    @Test
    void particlesAreTheListedOnesOnly() {
        for (String p : List.of("van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "le", "la", "al",
                "el", "bin", "ibn", "bint", "ben", "st", "ter", "ten", "dos", "das", "abu", "ul")) {
            assertThat(NameNormaliser.isParticle(p)).as(p).isTrue();
        }
        assertThat(NameNormaliser.isParticle("o")).isFalse();
        assertThat(NameNormaliser.isParticle("smith")).isFalse();
    }

    /** Each token as text, with ":S" for a surname word, "P" for a part, "J" for the run-together whole. */
    private static List<String> tokens(String name) {
        return NameNormaliser.tokens(name).stream()
                .map(t -> t.text() + (t.surname() ? ":S" : "") + (t.part() ? "P" : "") + (t.joined() ? "J" : ""))
                .toList();
    }
}
