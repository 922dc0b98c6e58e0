package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the name score and of the dates of birth, with the figure it gives, worked from the weights: a
 * changed weight, penalty, edit allowance or date rule changes one of these numbers. (PersonIndexScoreTest holds the
 * main kinds of match; these are the edges between them.)
 */
class PersonIndexScoringRulesTest {

    private static final LocalDate MARGARET_BORN = LocalDate.of(1962, 8, 3);
    /** The same date with day and month swapped. */
    private static final LocalDate SWAPPED = LocalDate.of(1962, 3, 8);
    private static final LocalDate OTHER_DATE = LocalDate.of(1980, 4, 3);
    /** Without a date given, the name score is scaled by this. */
    private static final double NONE_GIVEN = 0.85;
    private static final double NONE_RECORDED = 0.71;

    private final PersonIndex<String> index = PersonIndex.of(List.of(
            PersonRecord.of("william", "w", "William Henry Smith", LocalDate.of(1980, 3, 4)),
            PersonRecord.of("sarah", "s", "Sarah Bonham-Carter", LocalDate.of(1988, 9, 12)),
            PersonRecord.of("mary", "m", "Mary Ann Louise Wilson", null),
            PersonRecord.of("margaret", "g", "Margaret Jones", MARGARET_BORN),
            PersonRecord.of("jon", "j", "Jon Baker", LocalDate.of(1970, 1, 1)),
            PersonRecord.of("mo", "mo", "Mohammed Khan", LocalDate.of(1990, 12, 12)),
            PersonRecord.of("ludwig", "l", "Ludwig van Beethoven", null),
            new PersonRecord<>("eliz", "e", "Elizabeth Taylor", List.of("Liz Burton"), null)));

    private PersonMatch<String> best(String name, LocalDate dob) {
        List<PersonMatch<String>> found = index.search(new PersonQuery(name, dob));
        assertThat(found).as(name + " " + dob).isNotEmpty();
        return found.get(0);
    }

    private void assertScore(String name, LocalDate dob, String id, double score, MatchReason... reasons) {
        PersonMatch<String> m = best(name, dob);
        assertThat(m.person().id()).as(name).isEqualTo(id);
        assertThat(m.score()).as(name + " " + dob).isCloseTo(score, within(1e-9));
        assertThat(m.reasons()).as(name + " " + dob).containsExactlyInAnyOrder(reasons);
    }

    @Test
    void aDoubleBarrelledSurnameRunTogetherOrSpacedIsTheWholeSurname() {
        assertScore("Sarah Bonhamcarter", null, "sarah", NONE_GIVEN, MatchReason.EXACT_NAME);
        assertScore("Sarah Bonham Carter", null, "sarah", NONE_GIVEN, MatchReason.EXACT_NAME);
        // half of it is 0.02 off
        assertScore("Sarah Carter", null, "sarah", 0.98 * NONE_GIVEN, MatchReason.EXACT_NAME,
                MatchReason.SURNAME_PART);
    }

    @Test
    void eachRecordedForenameNotGivenIsFourHundredthsOff() {
        assertScore("Mary Ann Louise Wilson", null, "mary", NONE_GIVEN, MatchReason.EXACT_NAME);
        assertScore("Mary Wilson", null, "mary", 0.92 * NONE_GIVEN, MatchReason.PARTIAL_NAME);
        assertScore("Louise Wilson", null, "mary", 0.92 * NONE_GIVEN, MatchReason.PARTIAL_NAME);
        assertScore("Wilson Mary", null, "mary", 0.91 * NONE_GIVEN, MatchReason.PARTIAL_NAME,
                MatchReason.SWAPPED_NAMES);
        // two initials and the surname: each initial 0.6, one forename (Louise) not given
        assertScore("M A Wilson", null, "mary", ((0.6 + 0.6 + 1) / 3 - 0.04) * NONE_GIVEN, MatchReason.INITIALS,
                MatchReason.PARTIAL_NAME);
        assertScore("L Beethoven", null, "ludwig", (0.6 + 1) / 2 * NONE_GIVEN, MatchReason.INITIALS);
        assertScore("Ludwig Beethoven", null, "ludwig", NONE_GIVEN, MatchReason.EXACT_NAME);
    }

    @Test
    void aDateGivenWhenNoneIsRecordedScalesTheNameBy071() {
        assertScore("Mary Wilson", SWAPPED, "mary", 0.92 * NONE_RECORDED, MatchReason.PARTIAL_NAME);
        assertScore("Mary Ann Louise Wilson", SWAPPED, "mary", NONE_RECORDED, MatchReason.EXACT_NAME);
        assertThat(index.searchDisplayable(new PersonQuery("Mary Ann Louise Wilson", SWAPPED))).hasSize(1);
        assertThat(index.searchDisplayable(new PersonQuery("Mary Wilson", SWAPPED))).isEmpty();
    }

    @Test
    void oneTypingErrorIs086AndTwoInALongNameAt076OrHowAlikeTheySound() {
        assertScore("Margeret Jones", null, "margaret", (0.86 + 1) / 2 * NONE_GIVEN, MatchReason.TYPO);
        assertScore("Margareth Jones", null, "margaret", (0.86 + 1) / 2 * NONE_GIVEN, MatchReason.TYPO);
        assertScore("Mgaret Jones", null, "margaret", (0.76 + 1) / 2 * NONE_GIVEN, MatchReason.TYPO);
        assertScore("Jan Baker", null, "jon", (0.86 + 1) / 2 * NONE_GIVEN, MatchReason.TYPO);
        assertScore("Jon Bakre", null, "jon", (0.86 + 1) / 2 * NONE_GIVEN, MatchReason.TYPO);
        assertScore("Jon Bker", null, "jon", (0.86 + 1) / 2 * NONE_GIVEN, MatchReason.TYPO);
        // two errors in a three-letter name is another name; a two-letter word allows none
        assertThat(index.search(PersonQuery.name("Jim Baker"))).isEmpty();
        assertThat(index.search(PersonQuery.name("Jo Baker"))).isEmpty();
    }

    @Test
    void aTransliterationIs093AndANicknameOfAnAlias090TimesTheAliasFactor() {
        assertScore("Muhammad Khan", null, "mo", (0.93 + 1) / 2 * NONE_GIVEN, MatchReason.TRANSLITERATION);
        assertScore("Liz Burton", null, "eliz", 0.97 * NONE_GIVEN, MatchReason.EXACT_NAME, MatchReason.ALIAS);
        PersonMatch<String> byNickname = best("Elizabeth Burton", null);
        assertThat(byNickname.score()).isCloseTo((0.90 + 1) / 2 * 0.97 * NONE_GIVEN, within(1e-9));
        assertThat(byNickname.reasons()).containsExactlyInAnyOrder(MatchReason.NICKNAME, MatchReason.ALIAS);
        assertThat(byNickname.matchedName()).isEqualTo("Liz Burton");
        assertThat(best("Betty Burton", null).score()).isCloseTo((0.90 + 1) / 2 * 0.97 * NONE_GIVEN, within(1e-9));
    }

    @Test
    void theDateOfBirthRaisesOrCapsTheNameScore() {
        double name = (0.86 + 1) / 2;
        assertScore("Margeret Jones", MARGARET_BORN, "margaret", 0.7 * name + 0.3, MatchReason.TYPO,
                MatchReason.DOB_EXACT);
        // day and month swapped: 0.24 instead of 0.3, with a word that is the caller's own (Jones)
        assertScore("Margeret Jones", SWAPPED, "margaret", 0.7 * name + 0.24, MatchReason.TYPO,
                MatchReason.DOB_DAY_MONTH_SWAPPED);
        assertScore("Margeret Jones", OTHER_DATE, "margaret", 0.6 * name, MatchReason.TYPO,
                MatchReason.DOB_MISMATCH);
        // a surname alone: no forename given is 0.20 off
        assertScore("Jones", null, "margaret", 0.80 * NONE_GIVEN, MatchReason.PARTIAL_NAME);
        assertScore("Jones", SWAPPED, "margaret", 0.7 * 0.8 + 0.24, MatchReason.PARTIAL_NAME,
                MatchReason.DOB_DAY_MONTH_SWAPPED);
        assertScore("Jones", MARGARET_BORN, "margaret", 0.7 * 0.8 + 0.3, MatchReason.PARTIAL_NAME,
                MatchReason.DOB_EXACT);
        assertThat(index.searchDisplayable(PersonQuery.name("Jones"))).isEmpty();
        assertThat(index.searchDisplayable(new PersonQuery("Jones", SWAPPED))).hasSize(1);
    }

    @Test
    void aSwappedDateBesideOnlyMisspeltWordsCountsAsAnotherDate() {
        // every word one error out: the best is 0.86, under the 0.88 a near date needs
        assertScore("Wiliam Henri Smyth", null, "william", 0.86 * NONE_GIVEN, MatchReason.TYPO);
        assertScore("Wiliam Henri Smyth", OTHER_DATE, "william", 0.6 * 0.86, MatchReason.TYPO,
                MatchReason.DOB_DAY_MONTH_SWAPPED);
        // an initial and the exact surname: the surname is the caller's own word
        assertScore("W Smith", OTHER_DATE, "william", 0.7 * ((0.6 + 1) / 2 - 0.04) + 0.24, MatchReason.INITIALS,
                MatchReason.PARTIAL_NAME, MatchReason.DOB_DAY_MONTH_SWAPPED);
        assertScore("W Smith", null, "william", ((0.6 + 1) / 2 - 0.04) * NONE_GIVEN, MatchReason.INITIALS,
                MatchReason.PARTIAL_NAME);
    }

    @Test
    void oneMatchingWordIsEnoughOnlyBesideANearDate() {
        assertThat(index.search(PersonQuery.name("X Smith"))).isEmpty();
        // the initial matches no forename: the surname alone, less 0.20, with the swapped date's 0.24
        assertScore("X Smith", OTHER_DATE, "william", 0.7 * (0.5 - 0.2) + 0.24, MatchReason.PARTIAL_NAME,
                MatchReason.DOB_DAY_MONTH_SWAPPED);
        assertThat(index.search(new PersonQuery("X Smith", SWAPPED))).isEmpty();
    }

    @Test
    void aNameOfOneWordIsASurnameWithNoForenameToMiss() {
        PersonIndex<String> one = PersonIndex.of(List.of(PersonRecord.of("cher", "c", "Cher", null)));
        assertThat(one.search(PersonQuery.name("Cher"))).singleElement().satisfies(m -> {
            assertThat(m.score()).isCloseTo(NONE_GIVEN, within(1e-9));
            assertThat(m.reasons()).containsExactly(MatchReason.EXACT_NAME);
        });
    }

    @Test
    void onlyTheFirstEightWordsOfAQueryAreRead() {
        PersonIndex<String> one = PersonIndex.of(List.of(
                PersonRecord.of("nine", "n", "Anna Bella Cara Dora Ella Fay Gina Hana Smith", null)));
        // the ninth word, the surname, is not read: every forename given, no surname
        assertThat(one.search(PersonQuery.name("Anna Bella Cara Dora Ella Fay Gina Hana Smith")))
                .singleElement().satisfies(m -> {
                    assertThat(m.score()).isCloseTo(0.80 * NONE_GIVEN, within(1e-9));
                    assertThat(m.reasons()).containsExactly(MatchReason.PARTIAL_NAME);
                });
    }

    @Test
    void anInitialStandsForAForenameNeverForASurname() {
        // S is Sarah; B is not Bonham, so half the surname is missing as well as a word unmatched
        assertScore("S B Carter", null, "sarah", ((0.6 + 1) / 3 - 0.02) * NONE_GIVEN, MatchReason.INITIALS,
                MatchReason.PARTIAL_NAME, MatchReason.SURNAME_PART);
    }

    @Test
    void twoErrorsInAFiveLetterNameAreNotATypoThoughTheyMaySoundAlike() {
        PersonMatch<String> m = best("Jon Bekar", null);
        assertThat(m.person().id()).isEqualTo("jon");
        assertThat(m.reasons()).containsExactly(MatchReason.PHONETIC);
    }

    @Test
    void everyWordOfEveryAliasIsIndexedHoweverMany() {
        PersonIndex<String> one = PersonIndex.of(List.of(new PersonRecord<>("many", "y", "Peter Parker",
                List.of("Peter Benjamin Parker", "Pete Bennie Parker", "P B Parker Junior", "Spider Man Peter",
                        "Peter Q Parker", "Petey Parks"), null)));
        // peter, parker, benjamin, pete, bennie, p, b, junior, spider, man, q, petey, parks
        assertThat(one.vocabularySize()).isEqualTo(13);
        assertThat(one.search(PersonQuery.name("Petey Parks"))).singleElement().satisfies(m -> {
            assertThat(m.matchedName()).isEqualTo("Petey Parks");
            assertThat(m.score()).isCloseTo(0.97 * NONE_GIVEN, within(1e-9));
        });
        assertThat(one.search(PersonQuery.name("Spider Man Peter"))).singleElement()
                .satisfies(m -> assertThat(m.matchedName()).isEqualTo("Spider Man Peter"));
    }

    @Test
    void aSurnameFirstSeenRunTogetherBecomesFindableByTyposWhenSomeoneHasItAsAWord() {
        PersonIndex<String> two = PersonIndex.of(List.of(PersonRecord.of("sarah", "s", "Sarah Bonham-Carter", null)));
        assertThat(two.vocabularySize()).isEqualTo(4);
        assertThat(two.search(PersonQuery.name("Ann Bonhamcartre"))).isEmpty();
        two.add(PersonRecord.of("ann", "a", "Ann Bonhamcarter", null));
        assertThat(two.vocabularySize()).isEqualTo(5);
        assertThat(two.search(PersonQuery.name("Ann Bonhamcartre"))).first().satisfies(m -> {
            assertThat(m.person().id()).isEqualTo("ann");
            assertThat(m.score()).isCloseTo((0.86 + 1) / 2 * NONE_GIVEN, within(1e-9));
            assertThat(m.reasons()).containsExactly(MatchReason.TYPO);
        });
    }

    @Test
    void removingSomeoneLeavesTheOthersWithTheSameWordsFindable() {
        PersonIndex<String> olivers = new PersonIndex<>();
        for (String surname : List.of("Abbott", "Barker", "Carver", "Dalton")) {
            olivers.add(PersonRecord.of(surname, surname, "Oliver " + surname, null));
        }
        assertThat(olivers.remove("Barker")).isTrue();
        assertThat(olivers.size()).isEqualTo(3);
        for (String surname : List.of("Abbott", "Carver", "Dalton")) {
            assertThat(olivers.search(PersonQuery.name("Oliver " + surname))).first().satisfies(m -> {
                assertThat(m.person().id()).isEqualTo(surname);
                assertThat(m.score()).isCloseTo(NONE_GIVEN, within(1e-9));
            });
        }
        assertThat(olivers.search(PersonQuery.name("Oliver Barker"))).extracting(m -> m.person().id())
                .containsExactly("Carver");
        assertThat(olivers.search(PersonQuery.name("Olivr Dalton"))).extracting(m -> m.person().id())
                .containsExactly("Dalton");
    }

    @Test
    void aMatchScoringExactlyTheThresholdIsShown() {
        PersonRecord<String> someone = PersonRecord.of("x", "x", "Ann Lee", null);
        assertThat(new PersonMatch<>(someone, PersonIndex.DISPLAY_THRESHOLD, java.util.Set.of(), "Ann Lee")
                .displayable()).isTrue();
        assertThat(new PersonMatch<>(someone, Math.nextDown(PersonIndex.DISPLAY_THRESHOLD), java.util.Set.of(),
                "Ann Lee").displayable()).isFalse();
    }

    @Test
    void aNicknameOfATransliterationIsStrongEnoughForANearDate() {
        PersonIndex<String> one = PersonIndex.of(List.of(
                PersonRecord.of("alek", "a", "Aleksandr Petrov", LocalDate.of(1970, 7, 9))));
        // Sasha is Alexander's nickname, Aleksandr its transliteration (0.88, just strong enough); Petrof one error
        PersonMatch<String> m = one.search(new PersonQuery("Sasha Petrof", LocalDate.of(1970, 9, 7))).get(0);
        assertThat(m.score()).isCloseTo(0.7 * (0.88 + 0.86) / 2 + 0.24, within(1e-6));
        assertThat(m.reasons()).containsExactlyInAnyOrder(MatchReason.NICKNAME, MatchReason.TYPO,
                MatchReason.DOB_DAY_MONTH_SWAPPED);
    }

    @Test
    void theRunTogetherSurnameAfterOneOfItsPartsIsNotASecondWordOfTheName() {
        // Bonham is half the surname; Bonhamcarter the whole of it again, which leaves a query word unmatched
        PersonMatch<String> m = best("Bonham Bonhamcarter", null);
        assertThat(m.person().id()).isEqualTo("sarah");
        // half of it (Carter) not given, and the forename not given
        assertThat(m.score()).isCloseTo((1.0 / 2 - 0.02 - 0.20) * NONE_GIVEN, within(1e-9));
        assertThat(m.reasons()).containsExactlyInAnyOrder(MatchReason.PARTIAL_NAME, MatchReason.SURNAME_PART);
    }
}
