package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.nmoregister.people.bench.SyntheticPeople;
import org.nmoregister.support.TestSize;

/**
 * One index holding every force's people answers for the forces a user may see: the filter is applied before the
 * answer is cut to its limit, so a force crowded with look-alike names never pushes a match the user may see out.
 */
class PersonIndexFilteredSearchTest {

    /** A person's force, as the lookup's national index carries it. */
    record InForce(String force, String id) {
    }

    private static PersonRecord<InForce> person(String force, String id, String name, LocalDate born) {
        return new PersonRecord<>(id, new InForce(force, id), name, List.of(), born);
    }

    @Test
    void aCrowdedForceTurnedAwayDoesNotPushAnAdmittedMatchOutOfTheTop() {
        LocalDate born = LocalDate.of(1984, 6, 2);
        List<PersonRecord<InForce>> people = new ArrayList<>();
        // fifty exact matches in a force the user may not see, one match with a typo in a force they may
        for (int i = 0; i < 50; i++) {
            people.add(person("crowded", "c" + i, "Darren Kellerby", born));
        }
        people.add(person("sharing", "s1", "Daren Kellerby", born));
        PersonIndex<InForce> index = PersonIndex.of(people);
        PersonQuery query = new PersonQuery("Darren Kellerby", born, 5);

        // unfiltered, the crowded force fills the top five and the sharing force's match is cut
        assertThat(index.searchDisplayable(query)).hasSize(5)
                .allSatisfy(m -> assertThat(m.person().payload().force()).isEqualTo("crowded"));
        // filtered inside the search, it is found
        List<PersonMatch<InForce>> admitted = index.searchDisplayable(query, p -> !p.force().equals("crowded"));
        assertThat(admitted).extracting(m -> m.person().id()).containsExactly("s1");
        // filtering the unfiltered top afterwards, as one would without the filter, loses it
        assertThat(index.searchDisplayable(query).stream()
                .filter(m -> !m.person().payload().force().equals("crowded"))).isEmpty();
    }

    @Test
    void theLimitCountsOnlyAdmittedPeople() {
        LocalDate born = LocalDate.of(1990, 1, 12);
        List<PersonRecord<InForce>> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(person(i % 3 == 0 ? "a" : "b", "p" + i, "Leanne Ashworth", born));
        }
        PersonIndex<InForce> index = PersonIndex.of(people);
        List<PersonMatch<InForce>> found = index.searchDisplayable(new PersonQuery("Leanne Ashworth", born, 8),
                p -> p.force().equals("a"));
        assertThat(found).hasSize(8).allSatisfy(m -> assertThat(m.person().payload().force()).isEqualTo("a"));
        assertThat(index.searchDisplayable(new PersonQuery("Leanne Ashworth", born, 20), p -> p.force().equals("a")))
                .hasSize(10);
        assertThat(index.searchDisplayable(new PersonQuery("Leanne Ashworth", born, 20), p -> false)).isEmpty();
    }

    /**
     * Over a synthetic register spread over forces, the filtered search answers exactly what searching only the
     * admitted forces' people would: the same people with the same scores, whatever the query.
     */
    @Test
    void answersAsAnIndexOfOnlyTheAdmittedPeopleWould() {
        List<PersonRecord<String>> register = new SyntheticPeople(11).people(TestSize.of(20_000));
        Random forces = new Random(5);
        List<PersonRecord<InForce>> all = new ArrayList<>();
        List<PersonRecord<InForce>> admittedOnly = new ArrayList<>();
        for (PersonRecord<String> p : register) {
            String force = "f" + forces.nextInt(7);
            PersonRecord<InForce> inForce = new PersonRecord<>(p.id(), new InForce(force, p.id()), p.name(),
                    p.aliases(), p.dateOfBirth());
            all.add(inForce);
            if (!force.equals("f0") && !force.equals("f3")) {
                admittedOnly.add(inForce);
            }
        }
        PersonIndex<InForce> national = PersonIndex.of(all);
        PersonIndex<InForce> only = PersonIndex.of(admittedOnly);
        Predicate<InForce> admit = p -> !p.force().equals("f0") && !p.force().equals("f3");
        SyntheticPeople noise = new SyntheticPeople(12);
        Random pick = new Random(13);
        int compared = 0;
        for (int i = 0; i < TestSize.of(400); i++) {
            PersonQuery q = noise.anyQuery(register.get(pick.nextInt(register.size())), i).query();
            assertThat(scores(national.searchDisplayable(q, admit))).as(q.toString())
                    .isEqualTo(scores(only.searchDisplayable(q)));
            compared += only.searchDisplayable(q).size();
        }
        assertThat(compared).isPositive();
    }

    private static List<String> scores(List<PersonMatch<InForce>> matches) {
        return matches.stream().map(m -> m.person().id() + "@" + Math.round(m.score() * 1e6)).sorted().toList();
    }
}
