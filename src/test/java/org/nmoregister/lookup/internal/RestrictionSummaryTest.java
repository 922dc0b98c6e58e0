package org.nmoregister.lookup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ClauseType;
import org.nmoregister.terms.ReadClauses;

/** The key restrictions in a few words: kinds of conduct, parties by their part, places by kind and district only. */
class RestrictionSummaryTest {

    static Clause clause(int index, ClauseType type, List<Clause.Party> parties, Set<Clause.Channel> channels,
                         boolean indirect, List<Clause.Place> places, Integer metres,
                         List<Clause.Exception> exceptions) {
        return new Clause(index, "wording " + index, type,
                parties.stream().map(p -> new Clause.Protected(p, List.of("Jane Smith"))).toList(), channels, true,
                indirect, true, places, metres, List.of(), exceptions, List.of());
    }

    static ReadClauses read(Clause... clauses) {
        return new ReadClauses(1, List.of(clauses),
                java.util.stream.IntStream.rangeClosed(1, clauses.length).boxed().toList());
    }

    @Test
    void theStandardTermsInAFewWordsWithPlacesByKindAndDistrictOnly() {
        var summary = RestrictionSummary.of(read(
                clause(1, ClauseType.VIOLENCE, List.of(Clause.Party.APPLICANT), Set.of(), false, List.of(), null,
                        List.of()),
                clause(2, ClauseType.CONTACT, List.of(Clause.Party.APPLICANT, Clause.Party.NAMED_CHILDREN),
                        Set.of(Clause.Channel.ANY), true, List.of(), null, List.of()),
                clause(3, ClauseType.PROXIMITY, List.of(Clause.Party.APPLICANT), Set.of(), false,
                        List.of(new Clause.Place(Clause.PlaceKind.HOME, "14 Acacia Avenue, Leeds LS6 2AB")), 100,
                        List.of()),
                clause(4, ClauseType.ENTRY, List.of(), Set.of(), false,
                        List.of(new Clause.Place(Clause.PlaceKind.SCHOOL, "St Mary's Primary School")), null,
                        List.of(new Clause.Exception(Clause.ExceptionKind.CHILD_ARRANGEMENTS,
                                "handover at Kingsmead Family Centre")))));
        assertThat(summary).containsExactly(
                "No violence or threats against the applicant",
                "No contact with the applicant and the children (any means, directly or indirectly)",
                "No approach within 100 m of a home in LS6",
                "Not to go to a school",
                "Except child arrangements ordered by the court");
        assertThat(String.join(" ", summary))
                .doesNotContain("Jane", "Acacia", "2AB", "Mary", "Kingsmead", "wording");
    }

    @Test
    void eachKindOfTermHasItsWords() {
        assertThat(RestrictionSummary.line(clause(1, ClauseType.INTIMIDATION, List.of(Clause.Party.NAMED_CHILDREN),
                Set.of(), false, List.of(), null, List.of()))).isEqualTo("No harassment or intimidation against the children");
        assertThat(RestrictionSummary.line(clause(1, ClauseType.PROPERTY_DAMAGE, List.of(), Set.of(), false,
                List.of(), null, List.of()))).isEqualTo("No damage to property");
        assertThat(RestrictionSummary.line(clause(1, ClauseType.PUBLICATION, List.of(Clause.Party.APPLICANT),
                Set.of(), false, List.of(), null, List.of()))).isEqualTo("Nothing published about the applicant");
        assertThat(RestrictionSummary.line(clause(1, ClauseType.CONTACT, List.of(Clause.Party.OTHER_NAMED_PERSONS),
                Set.of(Clause.Channel.PHONE, Clause.Channel.SOCIAL_MEDIA), false, List.of(), null, List.of())))
                .isEqualTo("No contact with others named (phone, social media)");
        assertThat(RestrictionSummary.line(clause(1, ClauseType.CONTACT, List.of(), Set.of(), false, List.of(), null,
                List.of()))).isEqualTo("No contact (any means)");
        assertThat(RestrictionSummary.line(clause(1, ClauseType.PROXIMITY, List.of(Clause.Party.APPLICANT), Set.of(),
                false, List.of(), 50, List.of()))).isEqualTo("No approach within 50 m of the applicant");
        assertThat(RestrictionSummary.line(clause(1, ClauseType.PROXIMITY, List.of(), Set.of(), false, List.of(),
                null, List.of()))).isEqualTo("No approach to a protected person");
        assertThat(RestrictionSummary.line(clause(1, ClauseType.ENTRY, List.of(), Set.of(), false,
                List.of(new Clause.Place(Clause.PlaceKind.WORKPLACE, "Unit 4, Mill Yard, SV1 2AB")), 200, List.of())))
                .isEqualTo("Not to go to a workplace in SV1 or within 200 m of it");
        assertThat(RestrictionSummary.line(clause(1, ClauseType.EXCEPTION, List.of(), Set.of(), false, List.of(),
                null, List.of()))).isNull();
        assertThat(RestrictionSummary.line(clause(1, ClauseType.OTHER, List.of(), Set.of(), false, List.of(),
                null, List.of()))).isNull();
    }

    @Test
    void repeatedWordsAreSaidOnceAndAnOrderWithNoReadingSaysToAsk() {
        var violence = clause(1, ClauseType.VIOLENCE, List.of(Clause.Party.APPLICANT), Set.of(), false, List.of(),
                null, List.of());
        var again = clause(2, ClauseType.VIOLENCE, List.of(Clause.Party.APPLICANT), Set.of(), false, List.of(),
                null, List.of());
        assertThat(RestrictionSummary.of(read(violence, again)))
                .containsExactly("No violence or threats against the applicant");
        assertThat(RestrictionSummary.of(null)).containsExactly(RestrictionSummary.UNREAD);
        assertThat(RestrictionSummary.of(read(clause(1, ClauseType.OTHER, List.of(), Set.of(), false, List.of(),
                null, List.of())))).containsExactly(RestrictionSummary.UNREAD);
    }
}
