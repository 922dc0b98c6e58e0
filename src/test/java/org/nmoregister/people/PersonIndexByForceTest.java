package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.nmoregister.people.bench.SyntheticPeople;
import org.nmoregister.support.TestSize;

/**
 * An index kept by force: each entry's force is a number in an array, a search filters on a bit set of force numbers,
 * and one pass answers the own force and the others exactly as two filtered searches would.
 */
class PersonIndexByForceTest {

    /** A person's force and order, as the lookup's national index carries them. */
    record Ref(String force, String order) {
    }

    private static PersonRecord<Ref> person(String id, String force, String name, LocalDate born) {
        return new PersonRecord<>(id, new Ref(force, "order-" + id), name, List.of(), born);
    }

    private static BitSet bits(int... numbers) {
        BitSet bits = new BitSet();
        for (int n : numbers) {
            bits.set(n);
        }
        return bits;
    }

    private static List<String> ids(List<PersonMatch<Ref>> matches) {
        return matches.stream().map(m -> m.person().id()).toList();
    }

    /** Ids with scores, in the order given: the same matches in the same order. */
    private static List<String> exactly(List<PersonMatch<Ref>> matches) {
        return matches.stream().map(m -> m.person().id() + "@" + m.score() + m.reasons()).toList();
    }

    /**
     * Over a register spread over 70 forces (force numbers beyond 64), the one pass answers each user's own force
     * and the forces sharing with it exactly as two searches filtered on the payload do: the same people, scores,
     * reasons and order, with and without a date of birth.
     */
    @Test
    void onePassAnswersAsTwoFilteredSearches() {
        List<PersonRecord<String>> register = new SyntheticPeople(21).people(TestSize.of(20_000));
        Random draw = new Random(22);
        int forceCount = 70;
        List<PersonRecord<Ref>> people = new ArrayList<>();
        for (PersonRecord<String> p : register) {
            people.add(new PersonRecord<>(p.id(), new Ref("f" + draw.nextInt(forceCount), "o" + p.id()), p.name(),
                    p.aliases(), p.dateOfBirth()));
        }
        PersonIndex<Ref> index = PersonIndex.byForce(Ref::force);
        index.addAll(people);
        SyntheticPeople noise = new SyntheticPeople(23);
        int ownFound = 0;
        int othersFound = 0;
        for (int i = 0; i < TestSize.of(300); i++) {
            int asked = draw.nextInt(register.size());
            PersonQuery q = noise.anyQuery(register.get(asked), i).query();
            // every other query is asked by the force holding the person sought, so the own force's answer is not
            // always empty however small the register
            String own = i % 2 == 0 ? people.get(asked).payload().force() : "f" + draw.nextInt(forceCount);
            // a random half of the other forces share with the user's
            Set<String> sharing = new HashSet<>();
            for (int f = 0; f < forceCount; f++) {
                if (draw.nextBoolean() && !own.equals("f" + f)) {
                    sharing.add("f" + f);
                }
            }
            PersonIndex.OwnAndOthers<Ref> found = index.searchDisplayable(q, index.forceNumber(own),
                    PersonIndex.ForceFilter.of(index.forceNumbers(sharing)), 25);
            List<PersonMatch<Ref>> ownAlone = index.searchDisplayable(q, r -> r.force().equals(own));
            List<PersonMatch<Ref>> othersAlone = index.searchDisplayable(
                    new PersonQuery(q.name(), q.dateOfBirth(), 25), r -> sharing.contains(r.force()));
            assertThat(exactly(found.own())).as(q + " own").isEqualTo(exactly(ownAlone));
            assertThat(exactly(found.others())).as(q + " others").isEqualTo(exactly(othersAlone));
            assertThat(exactly(index.searchDisplayable(q, PersonIndex.ForceFilter.of(index.forceNumbers(sharing)))))
                    .as(q + " force filter alone")
                    .isEqualTo(exactly(index.searchDisplayable(q, r -> sharing.contains(r.force()))));
            ownFound += ownAlone.size();
            othersFound += othersAlone.size();
        }
        // the comparison is not between empty answers
        assertThat(ownFound).isPositive();
        assertThat(othersFound).isPositive();
    }

    @Test
    void withNoSharingForceTheOthersAreEmptyAndTheOwnForceIsAnsweredInFull() {
        LocalDate born = LocalDate.of(1979, 3, 14);
        PersonIndex<Ref> index = PersonIndex.byForce(Ref::force);
        index.add(person("own1", "north", "Callum Pritchard", born));
        index.add(person("far1", "south", "Callum Pritchard", born));
        PersonQuery q = new PersonQuery("Calum Pritchard", born);

        PersonIndex.OwnAndOthers<Ref> found = index.searchDisplayable(q, index.forceNumber("north"),
                PersonIndex.ForceFilter.of(new BitSet()), 25);

        assertThat(ids(found.own())).containsExactly("own1");
        assertThat(found.others()).isEmpty();
    }

    @Test
    void anIndexOfTheOwnForceOnlyFindsNothingElsewhere() {
        LocalDate born = LocalDate.of(1991, 11, 2);
        PersonIndex<Ref> index = PersonIndex.byForce(Ref::force);
        for (int i = 0; i < 5; i++) {
            index.add(person("own" + i, "north", "Shannon Whitlock", born));
        }
        int north = index.forceNumber("north");
        // the others' filter names the own force too: its entries are found in both answers, as two searches would
        PersonIndex.OwnAndOthers<Ref> both = index.searchDisplayable(new PersonQuery("Shannon Whitlock", born, 3),
                north, PersonIndex.ForceFilter.of(bits(north)), 4);
        assertThat(both.own()).hasSize(3);
        assertThat(both.others()).hasSize(4);
        // as the lookup asks it, the own force left out of the others
        PersonIndex.OwnAndOthers<Ref> found = index.searchDisplayable(new PersonQuery("Shannon Whitlock", born, 3),
                north, PersonIndex.ForceFilter.of(index.forceNumbers(Set.of("south", "west"))), 4);
        assertThat(found.own()).hasSize(3)
                .allSatisfy(m -> assertThat(m.person().payload().force()).isEqualTo("north"));
        assertThat(found.others()).isEmpty();
        // a user of a force with no entries finds none of its own
        assertThat(index.forceNumber("west")).isEqualTo(-1);
        assertThat(index.searchDisplayable(new PersonQuery("Shannon Whitlock", born), -1,
                PersonIndex.ForceFilter.of(bits(north)), 25).own()).isEmpty();
    }

    @Test
    void forceNumbersBeyondSixtyFourAreFiltered() {
        LocalDate born = LocalDate.of(1986, 7, 30);
        PersonIndex<Ref> index = PersonIndex.byForce(Ref::force);
        for (int f = 0; f < 100; f++) {
            index.add(person("p" + f, "force" + f, "Kieran Oduya", born));
        }
        assertThat(index.forceNumber("force99")).isEqualTo(99);
        assertThat(index.forceNumbers(List.of("force64", "force99", "nowhere"))).isEqualTo(bits(64, 99));
        PersonQuery q = new PersonQuery("Kieran Oduya", born, 50);

        assertThat(ids(index.searchDisplayable(q, PersonIndex.ForceFilter.of(bits(64, 99)))))
                .containsExactlyInAnyOrder("p64", "p99");
        PersonIndex.OwnAndOthers<Ref> found = index.searchDisplayable(q, 98,
                PersonIndex.ForceFilter.of(bits(3, 70, 99)), 50);
        assertThat(ids(found.own())).containsExactly("p98");
        assertThat(ids(found.others())).containsExactlyInAnyOrder("p3", "p70", "p99");
    }

    @Test
    void anEntryUpdatedIntoAnotherForceIsFoundOnlyUnderItsNewForceAndARemovedOneNowhere() {
        LocalDate born = LocalDate.of(1975, 1, 9);
        PersonIndex<Ref> index = PersonIndex.byForce(Ref::force);
        index.add(person("moved", "north", "Declan Fairweather", born));
        index.add(person("stays", "west", "Declan Fairweather", born));
        PersonQuery q = new PersonQuery("Declan Fairweather", born);
        int north = index.forceNumber("north");

        // transferred: the same id added again under the receiving force
        index.add(person("moved", "south", "Declan Fairweather", born));
        int south = index.forceNumber("south");
        assertThat(ids(index.searchDisplayable(q, PersonIndex.ForceFilter.of(bits(north))))).isEmpty();
        assertThat(ids(index.searchDisplayable(q, PersonIndex.ForceFilter.of(bits(south))))).containsExactly("moved");
        PersonIndex.OwnAndOthers<Ref> found = index.searchDisplayable(q, south,
                PersonIndex.ForceFilter.of(bits(north, index.forceNumber("west"))), 25);
        assertThat(ids(found.own())).containsExactly("moved");
        assertThat(ids(found.others())).containsExactly("stays");
        // a force's number stays when its last entry leaves, so a filter made a moment earlier still means it
        assertThat(index.forceNumber("north")).isEqualTo(north);

        assertThat(index.remove("moved")).isTrue();
        assertThat(index.searchDisplayable(q, PersonIndex.ForceFilter.of(bits(north, south)))).isEmpty();
        assertThat(index.searchDisplayable(q, south, PersonIndex.ForceFilter.of(bits(north, south)), 25).own())
                .isEmpty();
    }

    /**
     * A force that does not share but told the user's force of some orders: only those orders' entries are admitted
     * ({@code part} with its entry filter), while a sharing force's are all admitted without their payload read.
     */
    @Test
    void aForceAdmittedInPartAdmitsOnlyTheEntriesItsFilterLetsThrough() {
        LocalDate born = LocalDate.of(1983, 5, 21);
        PersonIndex<Ref> index = PersonIndex.byForce(Ref::force);
        index.add(person("told", "east", "Jodie Marsland", born));
        index.add(person("untold", "east", "Jodie Marsland", born));
        index.add(person("shared", "west", "Jodie Marsland", born));
        List<Ref> read = new ArrayList<>();
        Predicate<Ref> told = r -> {
            read.add(r);
            return r.order().equals("order-told");
        };
        BitSet east = bits(index.forceNumber("east"));
        BitSet west = bits(index.forceNumber("west"));

        List<PersonMatch<Ref>> found = index.searchDisplayable(new PersonQuery("Jodie Marsland", born),
                new PersonIndex.ForceFilter<>(west, east, told));

        assertThat(ids(found)).containsExactlyInAnyOrder("told", "shared");
        assertThat(read).extracting(Ref::force).containsOnly("east");
        // a force both whole and in part is admitted whole
        assertThat(ids(index.searchDisplayable(new PersonQuery("Jodie Marsland", born),
                new PersonIndex.ForceFilter<>(east, east, r -> false))))
                .containsExactlyInAnyOrder("told", "untold");
    }

    @Test
    void anEntryWithNoForceOrAnIndexNotKeptByForceIsAdmittedByNoForceFilter() {
        LocalDate born = LocalDate.of(1999, 12, 1);
        PersonIndex<Ref> byForce = PersonIndex.byForce(Ref::force);
        byForce.add(person("nowhere", null, "Tegan Hollis", born));
        PersonIndex<Ref> plain = new PersonIndex<>();
        plain.add(person("plain", "north", "Tegan Hollis", born));
        PersonQuery q = new PersonQuery("Tegan Hollis", born);
        BitSet every = new BitSet();
        every.set(0, 128);

        assertThat(byForce.forceNumber(null)).isEqualTo(-1);
        assertThat(byForce.searchDisplayable(q, PersonIndex.ForceFilter.of(every))).isEmpty();
        assertThat(plain.forceNumber("north")).isEqualTo(-1);
        assertThat(plain.searchDisplayable(q, PersonIndex.ForceFilter.of(every))).isEmpty();
        assertThat(plain.searchDisplayable(q)).hasSize(1);
        assertThatThrownBy(() -> byForce.searchDisplayable(q, 0, PersonIndex.ForceFilter.of(every), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFilterCopiesItsBitSets() {
        LocalDate born = LocalDate.of(1988, 8, 8);
        PersonIndex<Ref> index = PersonIndex.byForce(Ref::force);
        index.add(person("a", "north", "Ellis Varga", born));
        BitSet whole = bits(index.forceNumber("north"));
        PersonIndex.ForceFilter<Ref> filter = PersonIndex.ForceFilter.of(whole);
        whole.clear();

        assertThat(ids(index.searchDisplayable(new PersonQuery("Ellis Varga", born), filter))).containsExactly("a");
    }
}
