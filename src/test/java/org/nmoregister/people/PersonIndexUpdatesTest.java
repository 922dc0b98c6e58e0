package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adding, replacing and removing people, on small registers built in each test: a person removed is gone from their
 * words' people (a later search does not even mark them), a date no one is born on any more is dropped, a person
 * re-added is found again, and every update and search gives back the lock and the search permit it took.
 */
class PersonIndexUpdatesTest {

    private static final LocalDate BORN = LocalDate.of(1985, 5, 17);

    private static PersonRecord<String> person(String id, String name, LocalDate born, String... aliases) {
        return new PersonRecord<>(id, id, name, List.of(aliases), born);
    }

    private static List<String> ids(List<PersonMatch<String>> matches) {
        return matches.stream().map(m -> m.person().id()).toList();
    }

    @Test
    void aPersonRemovedIsNoLongerAmongTheirWordsPeopleAndComesBackWhenReAdded() {
        PersonIndex<String> index = new PersonIndex<>();
        // the first added has the first slot: removing it takes the first place of each of its words' lists
        index.add(person("first", "John Smith", BORN));
        index.add(person("second", "John Smith", BORN));
        index.add(person("third", "Mary Smith", null));
        PersonQuery query = new PersonQuery("John Smith", null, 10);
        assertThat(index.fullWork(query).marked()).isEqualTo(3);

        assertThat(index.remove("first")).isTrue();
        assertThat(index.remove("first")).isFalse();
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.fullWork(query).marked()).isEqualTo(2);
        // Mary Smith shares one word and gave no date: not a match for two words without a date
        assertThat(ids(index.search(query))).containsExactly("second");

        assertThat(index.remove("third")).isTrue(); // the last of Smith's people
        assertThat(index.fullWork(query).marked()).isEqualTo(1);
        assertThat(index.fullWork(new PersonQuery("Mary", null, 10)).marked()).isZero();

        index.add(person("first", "John Smith", BORN));
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.fullWork(query).marked()).isEqualTo(2);
        assertThat(ids(index.searchDisplayable(new PersonQuery("John Smith", BORN, 10))))
                .containsExactlyInAnyOrder("first", "second");
        assertThat(index.idle()).isTrue();
    }

    @Test
    void aPersonReplacedIsFoundByTheirNewNameOnly() {
        PersonIndex<String> index = new PersonIndex<>();
        index.addAll(List.of(person("a", "John Smith", BORN), person("b", "John Smith", null)));
        index.add(person("a", "Peter Jones", BORN));
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.fullWork(new PersonQuery("John Smith", null, 10)).marked()).isEqualTo(1);
        assertThat(ids(index.search(new PersonQuery("Peter Jones", BORN, 10)))).containsExactly("a");
        index.addAll(List.of(person("b", "Peter Jones", null)));
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.fullWork(new PersonQuery("John Smith", null, 10)).marked()).isZero();
        assertThat(index.fullWork(new PersonQuery("Peter Jones", null, 10)).marked()).isEqualTo(2);
    }

    @Test
    void aWordRepeatedInAPersonsNamesIsListedOnceAndRemovedOnce() {
        PersonIndex<String> index = new PersonIndex<>();
        index.add(person("a", "John Smith", BORN, "Johnny Smith", "John John Smith"));
        index.add(person("b", "John Smith", BORN));
        assertThat(index.fullWork(new PersonQuery("John Smith", null, 10)).marked()).isEqualTo(2);
        assertThat(index.remove("a")).isTrue();
        assertThat(index.fullWork(new PersonQuery("John Smith", null, 10)).marked()).isEqualTo(1);
        assertThat(index.fullWork(new PersonQuery("Johnny", null, 10)).marked()).isEqualTo(1); // b, as a nickname
        assertThat(ids(index.search(new PersonQuery("John Smith", BORN, 10)))).containsExactly("b");
    }

    @Test
    void aDateOfBirthNoOneHasAnyMoreIsDropped() {
        PersonIndex<String> index = new PersonIndex<>();
        index.add(person("a", "John Smith", BORN));
        index.add(person("b", "Mary Smith", BORN));
        index.add(person("c", "Peter Smith", LocalDate.of(1990, 1, 2)));
        index.add(person("d", "Anna Smith", null));
        assertThat(index.datesOfBirth()).isEqualTo(2);
        index.remove("d");
        assertThat(index.datesOfBirth()).isEqualTo(2);
        index.remove("a");
        assertThat(index.datesOfBirth()).isEqualTo(2);
        index.remove("b");
        assertThat(index.datesOfBirth()).isEqualTo(1);
        // found by the date only while someone is born on it
        assertThat(index.displayableWork(new PersonQuery("Mary Smith", BORN, 10)).bounded()).isZero();
        index.add(person("c", "Peter Smith", BORN)); // replaced, born on another date
        assertThat(index.datesOfBirth()).isEqualTo(1);
        assertThat(ids(index.searchDisplayable(new PersonQuery("Peter Smith", BORN, 10)))).containsExactly("c");
        index.remove("c");
        assertThat(index.datesOfBirth()).isZero();
        assertThat(index.idle()).isTrue();
    }

    @Test
    void aPersonOfManyNamesOfManyWordsIsFoundByEach() {
        // a name of sixteen words and aliases: more words than a first guess at a person's names would hold
        String forenames = "Anna Bella Cara Dora Ella Fay Gina Hana Ivy Jade Kay Lea Mia Nia Ora";
        PersonIndex<String> index = new PersonIndex<>();
        index.add(person("many", forenames + " Quinton", BORN, "Ria Sia Tia Uma Vera Wren Xena Yara Zoe Ravenscroft",
                "Petra Ollerenshaw"));
        index.add(person("one", "Petra Ollerenshaw", BORN));
        // (with fifteen forenames not given, these names score low; the full search still finds them)
        List<PersonMatch<String>> byName = index.search(new PersonQuery("Anna Ora Quinton", BORN, 10));
        assertThat(ids(byName)).containsExactly("many");
        assertThat(byName.get(0).matchedName()).isEqualTo(forenames + " Quinton");
        List<PersonMatch<String>> byAlias = index.search(new PersonQuery("Zoe Ravenscroft", BORN, 10));
        assertThat(ids(byAlias)).containsExactly("many");
        assertThat(byAlias.get(0).matchedName()).isEqualTo("Ria Sia Tia Uma Vera Wren Xena Yara Zoe Ravenscroft");
        List<PersonMatch<String>> both = index.searchDisplayable(new PersonQuery("Petra Ollerenshaw", BORN, 10));
        assertThat(ids(both)).containsExactly("one", "many"); // the alias at 0.97 of the name
        assertThat(both.get(1).matchedName()).isEqualTo("Petra Ollerenshaw");
        assertThat(index.remove("many")).isTrue();
        assertThat(index.fullWork(new PersonQuery("Ollerenshaw", null, 10)).marked()).isEqualTo(1);
        assertThat(index.fullWork(new PersonQuery("Quinton", null, 10)).marked()).isZero();
    }

    @Test
    void moreThanTheFirstThousandSlotsAreGivenToPeopleAndTheirForces() {
        PersonIndex<String> index = PersonIndex.byForce(payload -> payload.substring(0, 2));
        List<PersonRecord<String>> people = new ArrayList<>();
        for (int i = 0; i < 2100; i++) {
            String force = i % 2 == 0 ? "f0" : "f1";
            people.add(new PersonRecord<>("p" + i, force + "-" + i, "Person Number" + (char) ('a' + i % 26)
                    + (char) ('a' + i / 26 % 26) + (char) ('a' + i / 676), List.of(), BORN));
        }
        index.addAll(people);
        assertThat(index.size()).isEqualTo(2100);
        int f1 = index.forceNumber("f1");
        // the last person, in a slot past the second growth, is found in their force and not in the other
        PersonQuery last = new PersonQuery(people.get(2099).name(), BORN, 5);
        BitSet justF1 = new BitSet();
        justF1.set(f1);
        // (the surnames a letter or two apart are typos of each other: the filter shows those of f1 only)
        assertThat(index.searchDisplayable(last, PersonIndex.ForceFilter.of(justF1))).extracting(m -> m.person().id())
                .contains("p2099").allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 1);
        BitSet justF0 = new BitSet();
        justF0.set(index.forceNumber("f0"));
        assertThat(index.searchDisplayable(last, PersonIndex.ForceFilter.of(justF0))).extracting(m -> m.person().id())
                .isNotEmpty().allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 0);
        // a removed person's slot has no force: not found even by a filter admitting every force
        index.remove("p2099");
        BitSet every = new BitSet();
        every.set(0, 2);
        assertThat(index.searchDisplayable(last, PersonIndex.ForceFilter.of(every))).extracting(m -> m.person().id())
                .isNotEmpty().doesNotContain("p2099");
        assertThat(index.idle()).isTrue();
    }

    @Test
    void everyUpdateAndSearchGivesBackTheLockAndThePermitItTook() {
        PersonIndex<String> index = PersonIndex.byForce(payload -> payload);
        assertThat(index.idle()).isTrue();
        index.add(person("a", "John Smith", BORN));
        assertThat(index.idle()).isTrue();
        index.addAll(List.of(person("b", "Mary Smith", BORN)));
        assertThat(index.idle()).isTrue();
        assertThat(index.remove("b")).isTrue();
        assertThat(index.idle()).isTrue();
        assertThat(index.remove("nobody")).isFalse();
        assertThat(index.idle()).isTrue();
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.idle()).isTrue();
        assertThat(index.vocabularySize()).isEqualTo(3); // john, smith and mary stay in the vocabulary
        assertThat(index.idle()).isTrue();
        assertThat(index.datesOfBirth()).isEqualTo(1);
        assertThat(index.idle()).isTrue();
        assertThat(index.forceNumber("a")).isZero();
        assertThat(index.forceNumber(null)).isEqualTo(-1);
        assertThat(index.idle()).isTrue();
        BitSet forces = index.forceNumbers(List.of("a", "nowhere"));
        assertThat(forces.cardinality()).isEqualTo(1);
        assertThat(forces.get(0)).isTrue();
        assertThat(index.idle()).isTrue();
        PersonQuery query = new PersonQuery("John Smith", BORN, 5);
        assertThat(index.search(query)).hasSize(1);
        assertThat(index.idle()).isTrue();
        assertThat(index.searchDisplayable(query)).hasSize(1);
        assertThat(index.idle()).isTrue();
        assertThat(index.searchDisplayable(query, payload -> true)).hasSize(1);
        assertThat(index.idle()).isTrue();
        assertThat(index.searchDisplayable(query, PersonIndex.ForceFilter.of(forces))).hasSize(1);
        assertThat(index.idle()).isTrue();
        assertThat(index.searchDisplayable(query, 0, PersonIndex.ForceFilter.of(forces), 1).own()).hasSize(1);
        assertThat(index.idle()).isTrue();
        assertThat(index.search(new PersonQuery("-", BORN, 5))).isEmpty();
        assertThat(index.idle()).isTrue();
        // an update after all of these does not wait for ever
        index.add(person("c", "Anna Smith", null));
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.idle()).isTrue();
    }

    @Test
    void whileASearchRunsTheIndexIsNotIdle() {
        PersonIndex<String> index = new PersonIndex<>();
        index.add(person("a", "John Smith", BORN));
        List<Boolean> idleDuring = new ArrayList<>();
        // the filter runs under the search's read lock, holding a permit
        index.searchDisplayable(new PersonQuery("John Smith", BORN, 5), payload -> idleDuring.add(index.idle()));
        assertThat(idleDuring).isNotEmpty().containsOnly(false);
        assertThat(index.idle()).isTrue();
    }

    @Test
    void theOthersAnswerMayHoldOneMatchButNotNone() {
        PersonIndex<String> index = PersonIndex.byForce(payload -> payload);
        index.add(person("a", "John Smith", BORN));
        index.add(new PersonRecord<>("b", "b", "John Smith", List.of(), BORN));
        BitSet b = index.forceNumbers(List.of("b"));
        PersonIndex.OwnAndOthers<String> answer = index.searchDisplayable(new PersonQuery("John Smith", BORN, 5),
                index.forceNumber("a"), PersonIndex.ForceFilter.of(b), 1);
        assertThat(ids(answer.own())).containsExactly("a");
        assertThat(ids(answer.others())).containsExactly("b");
        assertThatThrownBy(() -> index.searchDisplayable(new PersonQuery("John Smith", BORN, 5), 0,
                PersonIndex.ForceFilter.of(b), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("othersLimit must be at least 1");
        assertThat(index.idle()).isTrue();
    }

    @Test
    void aForceFilterKeepsItsOwnCopiesAndAdmitsInPartOnlyForcesNotAdmittedWhole() {
        BitSet whole = new BitSet();
        whole.set(1);
        BitSet part = new BitSet();
        part.set(1);
        part.set(2);
        PersonIndex.ForceFilter<String> filter = new PersonIndex.ForceFilter<>(whole, part, entry -> true);
        BitSet justTwo = new BitSet();
        justTwo.set(2);
        assertThat(filter.part()).isEqualTo(justTwo);
        assertThat(filter.whole()).isEqualTo(whole);
        whole.set(5);
        part.set(6);
        assertThat(filter.whole().get(5)).isFalse();
        assertThat(filter.part().get(6)).isFalse();
        PersonIndex.ForceFilter<String> of = PersonIndex.ForceFilter.of(whole);
        assertThat(of.part().isEmpty()).isTrue();
        assertThat(of.entry().test("any entry")).isFalse();
        assertThatThrownBy(() -> new PersonIndex.ForceFilter<String>(whole, part, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void eachQueryWordsAlikeWordsAreWorkedOutOnceUntilAWordIsAdded() {
        PersonIndex<String> index = new PersonIndex<>();
        index.add(person("a", "John Smith", BORN));
        PersonIndex.Expansion john = index.expansion("john");
        assertThat(index.expansion("john")).isSameAs(john);
        index.add(person("b", "John Smith", null)); // no new word
        index.remove("a");
        assertThat(index.expansion("john")).isSameAs(john);
        index.add(person("c", "Jon Smith", null)); // a new word may be alike
        PersonIndex.Expansion now = index.expansion("john");
        assertThat(now).isNotSameAs(john).hasSize(john.size() + 1);
        assertThat(index.expansion("john")).isSameAs(now);
    }
}
