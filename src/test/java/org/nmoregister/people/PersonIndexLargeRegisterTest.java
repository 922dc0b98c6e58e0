package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A register larger than the index's first allocation (a thousand people, a thousand words, many people to a word
 * and to a date of birth, names of many words), built, changed and searched inside the test: every person added is
 * findable by their name and date however many there are, every person removed or replaced is gone, and the others
 * stay findable.
 */
class PersonIndexLargeRegisterTest {

    private static final String[] SYLLABLES = {"bar", "cor", "dan", "fel", "gri", "hol", "kes", "lom", "mar", "nor",
            "pel", "ros", "tam"};
    private static final String[] FORENAMES = {"John", "John", "John", "John", "John", "John", "Amir", "Grace",
            "Oliver", "Priya"};
    private static final LocalDate SHARED_BIRTHDAY = LocalDate.of(1970, 6, 6);
    private static final int PEOPLE = 2_000;

    private static String surname(int i) {
        String s = SYLLABLES[i % 13] + SYLLABLES[i / 13 % 13] + SYLLABLES[i / 169 % 13];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static PersonRecord<String> person(int i) {
        String name = FORENAMES[i % 10] + " " + surname(i);
        LocalDate born = i % 5 == 0 ? SHARED_BIRTHDAY : LocalDate.of(1940 + i % 60, 1 + i % 12, 1 + i % 28);
        List<String> aliases = i % 100 == 0
                ? List.of("Anna Bella Cara Dora Ella Fay Gina Hana " + surname(i), "Ivy Jade Kay Lea Mia Nia Ora "
                        + surname(i) + "-" + surname(i + 1), "Pia Quin Ria Sia Tia Uma " + surname(i))
                : List.of();
        return new PersonRecord<>("p" + i, "p" + i, name, aliases, born);
    }

    @Test
    void everyoneAddedIsFoundAndEveryoneRemovedOrReplacedIsGone() throws Exception {
        PersonIndex<String> index = new PersonIndex<>();
        List<PersonRecord<String>> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(person(i));
        }
        index.addAll(people.subList(0, PEOPLE / 2));
        for (PersonRecord<String> p : people.subList(PEOPLE / 2, PEOPLE)) {
            index.add(p);
        }
        assertThat(index.size()).isEqualTo(PEOPLE);
        Set<String> words = new HashSet<>(List.of("john", "amir", "grace", "oliver", "priya"));
        for (int i = 0; i < PEOPLE; i++) {
            words.add(surname(i).toLowerCase());
        }
        // plus the alias words: 21 forenames and the run-together double surnames
        assertThat(index.vocabularySize()).isEqualTo(words.size() + 21 + PEOPLE / 100);

        for (int i = 0; i < PEOPLE; i++) {
            PersonRecord<String> p = people.get(i);
            assertThat(index.search(new PersonQuery(p.name(), p.dateOfBirth(), 1))).as(p.name())
                    .singleElement().satisfies(m -> {
                        assertThat(m.person().id()).isEqualTo(p.id());
                        assertThat(m.score()).isCloseTo(1.0, within(1e-9));
                    });
        }
        // a word of an alias beyond the sixteenth of the person's names
        assertThat(index.search(PersonQuery.name("Pia Quin Ria Sia Tia Uma " + surname(100))))
                .first().satisfies(m -> {
                    assertThat(m.person().id()).isEqualTo("p100");
                    assertThat(m.matchedName()).isEqualTo("Pia Quin Ria Sia Tia Uma " + surname(100));
                });
        // 1,200 Johns, every one weighed: a surname alone or a forename alone is 0.20 off
        assertThat(index.search(new PersonQuery("John", null, PEOPLE))).hasSize(PEOPLE * 6 / 10)
                .allSatisfy(m -> assertThat(m.score()).isCloseTo(0.80 * 0.85, within(1e-9)));
        // four hundred born on one day, each found by a misspelt forename beside the date
        for (int i = 0; i < PEOPLE; i += 5) {
            String forename = FORENAMES[i % 10];
            String misspelt = forename.charAt(0) + "" + forename.charAt(2) + forename.charAt(1) + forename.substring(3);
            assertThat(index.searchDisplayable(new PersonQuery(misspelt + " " + surname(i), SHARED_BIRTHDAY, 1)))
                    .as(misspelt + " " + surname(i)).extracting(m -> m.person().id()).containsExactly("p" + i);
        }

        // remove every third person and replace every seventh with someone of another name
        for (int i = 0; i < PEOPLE; i += 3) {
            assertThat(index.remove("p" + i)).isTrue();
        }
        for (int i = 1; i < PEOPLE; i += 7) {
            if (i % 3 != 0) {
                index.add(PersonRecord.of("p" + i, "p" + i, "Zoe Quartermaine", people.get(i).dateOfBirth()));
            }
        }
        int removed = (PEOPLE + 2) / 3;
        assertThat(index.size()).isEqualTo(PEOPLE - removed);
        for (int i = 0; i < PEOPLE; i++) {
            PersonRecord<String> p = people.get(i);
            List<String> found = index.search(new PersonQuery(p.name(), p.dateOfBirth(), 3)).stream()
                    .filter(m -> m.score() > 0.99).map(m -> m.person().id()).toList();
            boolean gone = i % 3 == 0 || i % 7 == 1;
            assertThat(found).as(p.name()).isEqualTo(gone ? List.of() : List.of(p.id()));
            if (i % 5 == 0) {
                // (a namesake one sound away, born the same day, may be shown in their place)
                assertThat(index.searchDisplayable(new PersonQuery(p.name(), SHARED_BIRTHDAY, 1)).stream()
                        .filter(m -> m.score() > 0.99).map(m -> m.person().id()).toList())
                        .as(p.name()).isEqualTo(gone ? List.of() : List.of(p.id()));
            }
        }
        assertThat(index.search(new PersonQuery("Zoe Quartermaine", null, PEOPLE)))
                .hasSize((int) java.util.stream.IntStream.range(0, PEOPLE).filter(i -> i % 7 == 1 && i % 3 != 0)
                        .count());
        assertThat(index.remove("p0")).isFalse();

        // the updates let go of the index: a search from another thread is not held off
        assertThat(CompletableFuture.supplyAsync(() -> index.search(PersonQuery.name(people.get(2).name())))
                .get(10, TimeUnit.SECONDS)).first().satisfies(m -> assertThat(m.person().id()).isEqualTo("p2"));
    }

    @Test
    void addingSomeoneAgainReplacesThemAndTheLockIsReleased() throws Exception {
        PersonIndex<String> index = new PersonIndex<>();
        index.addAll(List.of(PersonRecord.of("a", "a", "Ruth Ellis", null), PersonRecord.of("a", "a",
                "Ruth Davies", null)));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search(PersonQuery.name("Ruth Ellis"))).isEmpty();
        index.add(PersonRecord.of("a", "a", "Ruth Evans", null));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search(PersonQuery.name("Ruth Davies"))).isEmpty();
        assertThat(CompletableFuture.supplyAsync(() -> index.search(PersonQuery.name("Ruth Evans")))
                .get(10, TimeUnit.SECONDS)).singleElement().satisfies(m -> assertThat(m.person().id()).isEqualTo("a"));
        index.remove("a");
        assertThat(CompletableFuture.supplyAsync(() -> index.search(PersonQuery.name("Ruth Evans")))
                .get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void letterCountsBoundTheEditsBetweenTwoWords() {
        // the sum of the differences in each letter's count: no more than twice the edits needed
        assertThat(distance("amy", "may")).isZero();
        assertThat(distance("jon", "john")).isEqualTo(1);
        assertThat(distance("margaret", "margeret")).isEqualTo(2);
        assertThat(distance("abc", "xyz")).isEqualTo(6);
        assertThat(distance("zoe", "zoey")).isEqualTo(1);
        // counts saturate at three rather than spill into the next letter's
        assertThat(distance("aaaa", "aaa")).isZero();
        assertThat(distance("aaaa", "aaab")).isEqualTo(1);
        assertThat(distance("bbbbbb", "bbbc")).isEqualTo(1);
        assertThat(PersonIndex.letterCounts("ab")).isNotEqualTo(PersonIndex.letterCounts("ba" + "b"));
        assertThat(PersonIndex.letterCounts("")).isZero();
    }

    private static int distance(String a, String b) {
        return PersonIndex.countDistance(PersonIndex.letterCounts(a), PersonIndex.letterCounts(b));
    }
}
