package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PersonIndexTest {

    private static final LocalDate WILLIAM_DOB = LocalDate.of(1980, 3, 4);
    private static PersonIndex<String> index;

    @BeforeAll
    static void register() {
        index = PersonIndex.of(List.of(
                person("william", "William Henry Smith", WILLIAM_DOB),
                person("margaret", "Margaret Jones", LocalDate.of(1975, 11, 20)),
                person("james", "James O'Brien", LocalDate.of(1990, 6, 15)),
                person("mohammed", "Mohammed al-Rashid", LocalDate.of(1985, 1, 2)),
                person("aleksandr", "Aleksandr Petrov", LocalDate.of(1970, 7, 7)),
                person("sarah", "Sarah Bonham-Carter", LocalDate.of(1988, 9, 12)),
                person("john", "John MacDonald", LocalDate.of(1965, 12, 25)),
                person("katrien", "Katrien van der Berg", LocalDate.of(1993, 2, 14)),
                new PersonRecord<>("elizabeth", "elizabeth", "Elizabeth Taylor", List.of("Elizabeth Burton"),
                        LocalDate.of(1932, 2, 27)),
                person("philip", "Philip Knight", LocalDate.of(1977, 8, 19)),
                person("robert", "Robert Brown", LocalDate.of(2001, 5, 3)),
                person("yusuf", "Yusuf Hussain", null),
                // near neighbours that must not outrank the right person
                person("wilma", "Wilma Smith", LocalDate.of(1951, 1, 1)),
                person("margery", "Marjorie Jonas", LocalDate.of(1944, 4, 4)),
                person("james2", "James Brien", LocalDate.of(1999, 9, 9))));
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("William Henry Smith", null, "william", MatchReason.EXACT_NAME),
                Arguments.of("Bill Smith", null, "william", MatchReason.NICKNAME),
                Arguments.of("Billy Henry Smith", WILLIAM_DOB, "william", MatchReason.NICKNAME),
                Arguments.of("Peggy Jones", null, "margaret", MatchReason.NICKNAME),
                Arguments.of("Jim O'Brien", null, "james", MatchReason.NICKNAME),
                Arguments.of("Jimmy O Brien", LocalDate.of(1990, 6, 15), "james", MatchReason.NICKNAME),
                Arguments.of("Liz Taylor", null, "elizabeth", MatchReason.NICKNAME),
                Arguments.of("Bob Brown", LocalDate.of(2001, 5, 3), "robert", MatchReason.NICKNAME),
                Arguments.of("Jack MacDonald", null, "john", MatchReason.NICKNAME),
                Arguments.of("Sasha Petrov", null, "aleksandr", MatchReason.NICKNAME),
                Arguments.of("Muhammad al Rashid", null, "mohammed", MatchReason.TRANSLITERATION),
                Arguments.of("Mohamed Rashid", LocalDate.of(1985, 1, 2), "mohammed", MatchReason.TRANSLITERATION),
                Arguments.of("Mohammad Alrashid", null, "mohammed", MatchReason.TRANSLITERATION),
                Arguments.of("Alexander Petrov", null, "aleksandr", MatchReason.TRANSLITERATION),
                Arguments.of("Oleksandr Petrov", null, "aleksandr", MatchReason.TRANSLITERATION),
                Arguments.of("Yousef Hussein", null, "yusuf", MatchReason.TRANSLITERATION),
                Arguments.of("Wiliam Henry Smith", null, "william", MatchReason.TYPO),
                Arguments.of("Willaim Smtih", WILLIAM_DOB, "william", MatchReason.TYPO),
                Arguments.of("Margret Jnoes", null, "margaret", MatchReason.TYPO),
                Arguments.of("Mragarett Jones", null, "margaret", MatchReason.TYPO),
                Arguments.of("Filip Nite", LocalDate.of(1977, 8, 19), "philip", MatchReason.PHONETIC),
                Arguments.of("Smith William Henry", null, "william", MatchReason.SWAPPED_NAMES),
                Arguments.of("Petrov Aleksandr", LocalDate.of(1970, 7, 7), "aleksandr", MatchReason.SWAPPED_NAMES),
                Arguments.of("Sarah Bonham", null, "sarah", MatchReason.SURNAME_PART),
                Arguments.of("Sarah Carter", null, "sarah", MatchReason.SURNAME_PART),
                Arguments.of("Elizabeth Burton", null, "elizabeth", MatchReason.ALIAS),
                Arguments.of("W Smith", WILLIAM_DOB, "william", MatchReason.INITIALS),
                Arguments.of("W H Smith", WILLIAM_DOB, "william", MatchReason.INITIALS),
                Arguments.of("William Smith", null, "william", MatchReason.PARTIAL_NAME),
                Arguments.of("John McDonald", null, "john", MatchReason.EXACT_NAME),
                Arguments.of("Katrien Vanderberg", null, "katrien", MatchReason.EXACT_NAME),
                Arguments.of("Katrien Berg", null, "katrien", MatchReason.EXACT_NAME),
                Arguments.of("Katrien van der Berg", null, "katrien", MatchReason.EXACT_NAME),
                Arguments.of("SMITH, William Henry", null, "william", MatchReason.EXACT_NAME),
                Arguments.of("Sarah Bonham Carter", null, "sarah", MatchReason.EXACT_NAME),
                Arguments.of("Sarah Bonhamcarter", null, "sarah", MatchReason.EXACT_NAME),
                Arguments.of("Jámes Ó'Brien", null, "james", MatchReason.EXACT_NAME));
    }

    @ParameterizedTest(name = "{0} {1} finds {2} because {3}")
    @MethodSource("variants")
    void findsTheRightPersonFirstAndSaysWhy(String name, LocalDate dob, String expectedId, MatchReason reason) {
        List<PersonMatch<String>> matches = index.search(new PersonQuery(name, dob));

        assertThat(matches).isNotEmpty();
        PersonMatch<String> top = matches.get(0);
        assertThat(top.person().id()).isEqualTo(expectedId);
        assertThat(top.reasons()).contains(reason);
        assertThat(top.displayable()).as("score %s", top.score()).isTrue();
        if (reason == MatchReason.SWAPPED_NAMES) {
            assertThat(top.reasons()).doesNotContain(MatchReason.PARTIAL_NAME);
        }
    }

    @Test
    void commaFormIsNotSwapped() {
        PersonMatch<String> top = index.search(PersonQuery.name("SMITH, William Henry")).get(0);

        assertThat(top.reasons()).doesNotContain(MatchReason.SWAPPED_NAMES);
    }

    @Test
    void exactBeatsNicknameBeatsPhonetic() {
        PersonIndex<String> ranked = PersonIndex.of(List.of(
                person("phonetic", "Jane Nite", null),
                person("nickname", "Jenny Knight", null),
                person("typo", "Jane Kniht", null),
                person("exact", "Jane Knight", null)));

        List<String> order = ranked.search(PersonQuery.name("Jane Knight")).stream()
                .map(m -> m.person().id()).toList();

        assertThat(order).containsExactly("exact", "nickname", "typo", "phonetic");
    }

    @Test
    void oneEditBeatsTwoAndTranslationBeatsTypo() {
        PersonIndex<String> ranked = PersonIndex.of(List.of(
                person("two", "Muhamad Rashiid", null),
                person("one", "Mohammed Rashid", null),
                person("translit", "Muhammad Rasheed", null)));

        List<String> order = ranked.search(PersonQuery.name("Muhammad Rashid")).stream()
                .map(m -> m.person().id()).toList();

        assertThat(order.get(0)).isEqualTo("one");
        assertThat(order).containsSubsequence("translit", "two");
    }

    static Stream<Arguments> datesOfBirth() {
        return Stream.of(
                Arguments.of(LocalDate.of(2001, 5, 3), MatchReason.DOB_EXACT, true),
                Arguments.of(LocalDate.of(2001, 3, 5), MatchReason.DOB_DAY_MONTH_SWAPPED, true),
                Arguments.of(LocalDate.of(2001, 5, 8), MatchReason.DOB_ONE_DIGIT, true),
                Arguments.of(LocalDate.of(2011, 5, 3), MatchReason.DOB_ONE_DIGIT, true),
                Arguments.of(LocalDate.of(1001, 5, 3), MatchReason.DOB_ONE_DIGIT, true),
                Arguments.of(LocalDate.of(2001, 5, 13), MatchReason.DOB_ONE_DIGIT, true),
                Arguments.of(LocalDate.of(1999, 1, 1), MatchReason.DOB_MISMATCH, false),
                Arguments.of(LocalDate.of(2002, 6, 3), MatchReason.DOB_MISMATCH, false),
                Arguments.of(LocalDate.of(2001, 3, 8), MatchReason.DOB_MISMATCH, false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("datesOfBirth")
    void toleratesDayMonthSwapsAndOneWrongDigitButNotOtherDates(LocalDate dob, MatchReason reason,
                                                                  boolean displayable) {
        PersonMatch<String> top = index.search(new PersonQuery("Robert Brown", dob)).get(0);

        assertThat(top.person().id()).isEqualTo("robert");
        assertThat(top.reasons()).contains(reason);
        assertThat(top.displayable()).as("score %s", top.score()).isEqualTo(displayable);
    }

    @Test
    void aNearDateCountsOnlyBesideANameWordThatIsTheCallersOwn() {
        PersonIndex<String> one = PersonIndex.of(List.of(person("liana", "Liana Reichert", LocalDate.of(1964, 3, 22))));

        // both words misspelt: shown with the right date, not with a date one digit out
        assertThat(one.searchDisplayable(new PersonQuery("Lianna Reichart", LocalDate.of(1964, 3, 22)))).hasSize(1);
        assertThat(one.search(new PersonQuery("Lianna Reichart", LocalDate.of(1964, 3, 28))).get(0).displayable())
                .isFalse();
        assertThat(one.searchDisplayable(new PersonQuery("Lianna Reichart", LocalDate.of(1964, 3, 28)))).isEmpty();
        // one word exact: the near date counts
        assertThat(one.searchDisplayable(new PersonQuery("Liana Reichart", LocalDate.of(1964, 3, 28))))
                .singleElement().satisfies(m -> assertThat(m.reasons()).contains(MatchReason.DOB_ONE_DIGIT));
        assertThat(one.searchDisplayable(new PersonQuery("Lianna Reichert", LocalDate.of(1964, 3, 28)))).hasSize(1);
    }

    @Test
    void withADateGivenAndNoneRecordedOnlyTheWholeExactNameIsShown() {
        PersonIndex<String> one = PersonIndex.of(List.of(person("r", "Rickie Hermann-Sipes", null)));

        assertThat(one.searchDisplayable(new PersonQuery("Rickie Hermann-Sipes", LocalDate.of(1944, 7, 19))))
                .hasSize(1);
        assertThat(one.searchDisplayable(new PersonQuery("Rickie Hermann", LocalDate.of(1944, 7, 19)))).isEmpty();
        assertThat(one.searchDisplayable(PersonQuery.name("Rickie Hermann"))).hasSize(1);
    }

    @Test
    void exactDateOfBirthRanksAboveANearOne() {
        PersonIndex<String> twins = PersonIndex.of(List.of(
                person("near", "Robert Brown", LocalDate.of(2001, 5, 8)),
                person("swapped", "Robert Brown", LocalDate.of(2001, 3, 5)),
                person("exact", "Robert Brown", LocalDate.of(2001, 5, 3)),
                person("other", "Robert Brown", LocalDate.of(1960, 10, 30))));

        List<PersonMatch<String>> matches = twins.search(new PersonQuery("Bob Brown", LocalDate.of(2001, 5, 3)));

        assertThat(matches).extracting(m -> m.person().id()).containsExactly("exact", "swapped", "near", "other");
        assertThat(matches.get(3).displayable()).isFalse();
    }

    static Stream<String> absentNames() {
        return Stream.of("Xavier Quinlan", "Priya Natarajan", "Olumide Adeyemi", "Zbigniew Brzezinski",
                "William Jones", "Margaret Smith", "John Brown", "Sarah Petrov", "Mohammed Smith", "Robert",
                "Taylor", "Bonham Jones", "Henry Knight");
    }

    @ParameterizedTest
    @MethodSource("absentNames")
    void showsNothingForNamesNotInTheRegister(String name) {
        assertThat(index.searchDisplayable(new PersonQuery(name, LocalDate.of(1986, 10, 29)))).isEmpty();
    }

    @Test
    void anExactNameWithADifferentDateOfBirthIsNotShown() {
        assertThat(index.searchDisplayable(new PersonQuery("Margaret Jones", LocalDate.of(1962, 8, 30)))).isEmpty();
    }

    @Test
    void aRecordWithoutDateOfBirthIsShownOnlyForTheExactName() {
        assertThat(index.searchDisplayable(new PersonQuery("Yusuf Hussain", LocalDate.of(1962, 8, 30))))
                .extracting(m -> m.person().id()).containsExactly("yusuf");
        assertThat(index.searchDisplayable(new PersonQuery("Yusef Husain", LocalDate.of(1962, 8, 30)))).isEmpty();
    }

    @Test
    void blankAndNonsenseQueriesFindNothing() {
        assertThat(index.search(PersonQuery.name("  "))).isEmpty();
        assertThat(index.search(PersonQuery.name("--- ,, '"))).isEmpty();
        assertThat(index.searchDisplayable(PersonQuery.name("Zzyzx Qwrtp"))).isEmpty();
    }

    @Test
    void updatesAndRemovalsTakeEffect() {
        PersonIndex<String> live = PersonIndex.of(List.of(person("a", "Amelia Watson", null)));

        live.add(person("a", "Amelia Holmes", null));

        assertThat(live.size()).isEqualTo(1);
        assertThat(live.searchDisplayable(PersonQuery.name("Amelia Watson"))).isEmpty();
        assertThat(live.searchDisplayable(PersonQuery.name("Amelia Holmes"))).hasSize(1);
        assertThat(live.remove("a")).isTrue();
        assertThat(live.remove("a")).isFalse();
        assertThat(live.search(PersonQuery.name("Amelia Holmes"))).isEmpty();
        assertThat(live.size()).isZero();
    }

    @Test
    void aNameAddedAfterASearchIsFoundByTheSameMisspelling() {
        PersonIndex<String> live = PersonIndex.of(List.of(person("a", "Amelia Watson", null)));
        assertThat(live.searchDisplayable(PersonQuery.name("Amelia Smyth"))).isEmpty();

        live.add(person("b", "Amelia Smith", null));

        assertThat(live.searchDisplayable(PersonQuery.name("Amelia Smyth")))
                .extracting(m -> m.person().id()).containsExactly("b");
    }

    @Test
    void limitsTheNumberOfMatches() {
        PersonIndex<String> many = new PersonIndex<>();
        for (int i = 0; i < 30; i++) {
            many.add(person("s" + i, "John Smith", LocalDate.of(1950 + i, 1, 1)));
        }

        assertThat(many.search(new PersonQuery("John Smith", null, 5))).hasSize(5);
    }

    private static PersonRecord<String> person(String id, String name, LocalDate dob) {
        return PersonRecord.of(id, id, name, dob);
    }
}
