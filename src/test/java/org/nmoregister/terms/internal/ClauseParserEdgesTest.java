package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.OrderContext;
import org.nmoregister.terms.ReadingFormat;

/**
 * The parser's edges: where a carve-out written before its ban ends (each of the ways it can end, and wording that
 * forbids nothing after it), a carve-out followed by a second ban, a ban on contact through others only, and a part
 * of a place named before it ("its garden").
 */
class ClauseParserEdgesTest {

    private final ClauseParser parser = new ClauseParser();

    @Test
    void aLeadingCarveOutEndsAtTheCommaTheSubjectFollows() {
        String lower = "save for contact through solicitors, cafcass or mediation, the respondent must not contact her";
        assertThat(ClauseParser.leadingCarveOutEnd(lower, 0, lower.indexOf("must not"), false))
                .isEqualTo(lower.indexOf(", the respondent"));
    }

    @Test
    void withNoSubjectAfterACommaItEndsAtTheLastCommaBeforeTheBan() {
        String lower = "unless the court orders otherwise, jane doe's husband, must not contact her";
        assertThat(ClauseParser.leadingCarveOutEnd(lower, 0, lower.indexOf("must not"), false))
                .isEqualTo(lower.indexOf(", must not"));
    }

    @Test
    void withNoCommaItEndsWhereTheSubjectBeginsOrElseAtTheBan() {
        String subject = "unless through a solicitor the respondent must not contact her";
        assertThat(ClauseParser.leadingCarveOutEnd(subject, 0, subject.indexOf("must not"), false))
                .isEqualTo(subject.indexOf("the respondent"));
        String none = "unless through a solicitor must not contact her";
        assertThat(ClauseParser.leadingCarveOutEnd(none, 0, none.indexOf("must not"), false))
                .isEqualTo(none.indexOf("must not"));
    }

    @Test
    void underAStemThatForbidsItEndsAtTheCommaAnActFollows() {
        String lower = "except through solicitors, cafcass or mediation, contact the applicant";
        assertThat(ClauseParser.leadingCarveOutEnd(lower, 0, -1, true)).isEqualTo(lower.lastIndexOf(','));
        // no act after any comma, a comma at the very end, or a stem that forbids nothing: no carve-out to end
        assertThat(ClauseParser.leadingCarveOutEnd("except through solicitors, cafcass", 0, -1, true)).isEqualTo(-1);
        assertThat(ClauseParser.leadingCarveOutEnd("except through solicitors, ", 0, -1, true)).isEqualTo(-1);
        assertThat(ClauseParser.leadingCarveOutEnd(lower, 0, -1, false)).isEqualTo(-1);
        // a ban that starts where the carve-out does is no ban after it
        assertThat(ClauseParser.leadingCarveOutEnd("except through solicitors", 0, 0, false)).isEqualTo(-1);
    }

    @Test
    void aCarveOutEndsWhereASecondBanBegins() {
        List<Clause> clauses = parser.parse("The respondent must not contact the applicant except through "
                + "solicitors, and must not go to her home.");
        assertThat(clauses.get(0).exceptions()).extracting(Clause.Exception::text)
                .containsExactly("except through solicitors");
        assertThat(clauses.stream().flatMap(c -> c.places().stream())).extracting(Clause.Place::kind)
                .containsExactly(Clause.PlaceKind.HOME);
    }

    @Test
    void contactThroughAThirdPartyOnlyIsNotTheRespondentsOwnContact() {
        Clause only = parser.parse("The respondent must not contact the applicant through a third party only.").get(0);
        assertThat(only.direct()).isFalse();
        assertThat(only.indirect()).isTrue();
        Clause both = parser.parse("The respondent must not contact the applicant through a third party.").get(0);
        assertThat(both.direct()).isTrue();
        Clause directly = parser.parse("The respondent must not contact the applicant directly or through a third "
                + "party only.").get(0);
        assertThat(directly.direct()).isTrue();
        Clause personally = parser.parse("The respondent must not contact the applicant personally or through a "
                + "third party only.").get(0);
        assertThat(personally.direct()).isTrue();
    }

    @Test
    void aPartOfAPlaceNamedBeforeItNeedsNoAddressOfItsOwn() {
        assertThat(findings("The respondent must not go to the applicant's home or its garden.")).isEmpty();
        // "its" with no place before it refers to nothing
        assertThat(findings("The respondent must not go into its garden.")).containsExactly(
                "  ! PLACE_NOT_IDENTIFIED ERROR @1\n");
    }

    private List<String> findings(String wording) {
        return new EnforceabilityChecks().check(parser.parse(wording), OrderContext.none()).stream()
                .filter(f -> f.code().name().startsWith("PLACE")).map(ReadingFormat::findingCode).toList();
    }
}
