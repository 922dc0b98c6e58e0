package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.terms.internal.ClauseSplitter.Piece;

/**
 * How an order's text is cut into the pieces read as clauses, pinned piece by piece: where a paragraph, a sentence,
 * an item and a conjoined prohibition begin and end, what stem each inherits, and the edges (a heading's length, an
 * abbreviation, the longest piece).
 */
class ClauseSplitterTest {

    private static List<String> texts(String text) {
        return ClauseSplitter.split(text).stream().map(Piece::text).toList();
    }

    @Test
    void numberedAndLetteredLinesStartParagraphsAndLoseTheirMarkers() {
        assertThat(ClauseSplitter.paragraphs("""
                1. The respondent must not use violence.
                (2) The respondent must not pester the applicant.
                b) The respondent must not go to 3 Mill Lane.
                (iv) The respondent must not telephone her.
                1.2 The respondent must not text her.
                paragraph 6: The respondent must not email her."""))
                .containsExactly("The respondent must not use violence.", "The respondent must not pester the applicant.",
                        "The respondent must not go to 3 Mill Lane.", "The respondent must not telephone her.",
                        "The respondent must not text her.", "The respondent must not email her.");
    }

    @Test
    void aWrappedLineJoinsTheOneBeforeAndABlankLineEndsIt() {
        assertThat(ClauseSplitter.paragraphs("The respondent must not use\nviolence against the applicant\n\n"
                + "The respondent must not pester her"))
                .containsExactly("The respondent must not use violence against the applicant",
                        "The respondent must not pester her");
    }

    @Test
    void aLineEndingInPunctuationEndsItsParagraph() {
        for (String end : List.of(".", ";", ":", "!", "?")) {
            assertThat(ClauseSplitter.paragraphs("The respondent must not use violence" + end
                    + "\nthe respondent must not pester her"))
                    .as("ending %s", end)
                    .containsExactly("The respondent must not use violence" + end, "the respondent must not pester her");
        }
        assertThat(ClauseSplitter.paragraphs("The respondent must not use violence,\nor pester her"))
                .containsExactly("The respondent must not use violence, or pester her");
    }

    @Test
    void aHeadingStandsAlone() {
        assertThat(ClauseSplitter.paragraphs("NON-MOLESTATION ORDER\nThe respondent must not use violence"))
                .containsExactly("NON-MOLESTATION ORDER", "The respondent must not use violence");
        assertThat(ClauseSplitter.paragraphs("The respondent must not use violence\nFAMILY COURT AT LEEDS"))
                .containsExactly("The respondent must not use violence", "FAMILY COURT AT LEEDS");
    }

    @Test
    void capitalsThatForbidSomethingOrRunLongAreNotAHeading() {
        assertThat(ClauseSplitter.paragraphs("the order\nTHE RESPONDENT MUST NOT USE VIOLENCE"))
                .containsExactly("the order THE RESPONDENT MUST NOT USE VIOLENCE");
        assertThat(ClauseSplitter.paragraphs("THE RESPONDENT MUST NOT USE\nVIOLENCE AGAINST THE APPLICANT"))
                .containsExactly("THE RESPONDENT MUST NOT USE VIOLENCE AGAINST THE APPLICANT");
        assertThat(ClauseSplitter.paragraphs("NON-MOLESTATION ORDER\nFAMILY LAW ACT 1996"))
                .containsExactly("NON-MOLESTATION ORDER", "FAMILY LAW ACT 1996");
        // eleven words: a line of a term typed in capitals, not a heading
        assertThat(ClauseSplitter.paragraphs("the order\nONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN"))
                .containsExactly("the order", "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN");
        assertThat(ClauseSplitter.paragraphs("the order\nONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN"))
                .containsExactly("the order ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN");
        String eighty = "A".repeat(80);
        String eightyOne = "A".repeat(81);
        assertThat(ClauseSplitter.paragraphs("the order\n" + eighty)).containsExactly("the order", eighty);
        assertThat(ClauseSplitter.paragraphs("the order\n" + eightyOne)).containsExactly("the order " + eightyOne);
    }

    @Test
    void sentencesEndAtAStopBeforeACapital() {
        assertThat(ClauseSplitter.sentences("He must not hit her. He must not call her! Must he not? Yes"))
                .containsExactly("He must not hit her.", "He must not call her!", "Must he not?", "Yes");
        assertThat(ClauseSplitter.sentences("He must not go within 2.5 miles. he must not call"))
                .containsExactly("He must not go within 2.5 miles. he must not call");
        assertThat(ClauseSplitter.sentences("He must not hit her. \"He must not call her.\""))
                .containsExactly("He must not hit her.", "\"He must not call her.\"");
        // a number that starts an item ends the sentence before it; a number that is a measure does not
        assertThat(ClauseSplitter.sentences("He must not hit her. 2. he must not call her. 2 metres. 12) He must not"))
                .containsExactly("He must not hit her.", "he must not call her. 2 metres.", "He must not");
        assertThat(ClauseSplitter.sentences("Stop. A")).containsExactly("Stop.", "A");
        assertThat(ClauseSplitter.sentences("Stop. ")).containsExactly("Stop.");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(ClauseSplitter.sentences("He must not contact Mr. Smith or J. Smith at No. 4 or (approx. Two doors)"))
                .containsExactly("He must not contact Mr. Smith or J. Smith at No. 4 or (approx. Two doors)");
        assertThat(ClauseSplitter.sentences("He must not go to the garden. Smith lives there."))
                .containsExactly("He must not go to the garden.", "Smith lives there.");
    }

    @Test
    void inlineMarkersAndSemicolonsSeparateItems() {
        assertThat(ClauseSplitter.items("must not: (a) use violence; (b) pester her; and (c) call her"))
                .containsExactly("must not:", "use violence", "pester her", "call her");
        assertThat(ClauseSplitter.items("The respondent must not hit her; the respondent must not call her"))
                .containsExactly("The respondent must not hit her", "the respondent must not call her");
    }

    @Test
    void aSemicolonBeforeWordsThatStartNoClauseKeepsThemInTheItem() {
        assertThat(ClauseSplitter.items("The respondent must not go to her home; her workplace; or her school"))
                .containsExactly("The respondent must not go to her home; her workplace; or her school");
        assertThat(ClauseSplitter.items("The respondent must not hit her; and must not instruct any other person to "
                + "do so")).containsExactly("The respondent must not hit her; and must not instruct any other person to "
                + "do so");
    }

    @Test
    void conjoinedProhibitionsAreSeparateButTheThirdPartyTailIsNot() {
        assertThat(ClauseSplitter.conjoined("The respondent must not use violence and must not pester her, and he "
                + "must not call her, and must not instruct anyone to do so"))
                .containsExactly("The respondent must not use violence", "and must not pester her",
                        "and he must not call her, and must not instruct anyone to do so");
        assertThat(ClauseSplitter.conjoined("Violence and must not pester her"))
                .containsExactly("Violence and must not pester her");
    }

    @Test
    void aStemIsInheritedByTheItemsUnderIt() {
        List<Piece> pieces = ClauseSplitter.split("The respondent must not, whether by himself or by instructing any "
                + "other person:\n(a) use violence against the applicant;\n(b) telephone the applicant.");
        assertThat(pieces).containsExactly(
                new Piece("use violence against the applicant", "The respondent must not, whether by himself or by "
                        + "instructing any other person"),
                new Piece("telephone the applicant.", "The respondent must not, whether by himself or by instructing "
                        + "any other person"));
    }

    @Test
    void aStemMayHaveItsFirstItemOnTheSameLine() {
        assertThat(ClauseSplitter.split("The respondent must not: use violence against the applicant."))
                .containsExactly(new Piece("use violence against the applicant.", "The respondent must not"));
        assertThat(ClauseSplitter.split(": use violence against the applicant."))
                .containsExactly(new Piece("use violence against the applicant.", ""));
    }

    @Test
    void aColonAfterAnActIsNotAStem() {
        assertThat(ClauseSplitter.split("The respondent must not go to the following places: 3 Mill Lane."))
                .containsExactly(new Piece("The respondent must not go to the following places: 3 Mill Lane.", ""));
    }

    @Test
    void theThirdPartyTailOfTheLastOfConjoinedProhibitionsReachesTheOthers() {
        List<Piece> pieces = ClauseSplitter.split("The respondent must not use violence and must not pester the "
                + "applicant, and must not instruct, encourage or in any way suggest that any other person should do so.");
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).text()).isEqualTo("The respondent must not use violence");
        assertThat(pieces.get(0).stem()).isEqualTo(", and must not instruct, encourage or in any way suggest that any "
                + "other person should do so");
        assertThat(pieces.get(1).stem()).isEmpty();
        assertThat(texts("The respondent must not use violence and must not pester the applicant."))
                .containsExactly("The respondent must not use violence", "and must not pester the applicant.");
        assertThat(ClauseSplitter.split("The respondent must not use violence and must not pester the applicant."))
                .extracting(Piece::stem).containsExactly("", "");
    }

    @Test
    void aPieceLongerThanAnyRealClauseIsCutAtSpacesAndNothingIsLost() {
        String word = "abcdefghi ";
        String exact = "x".repeat(ClauseSplitter.MAX_PIECE);
        assertThat(texts(exact)).containsExactly(exact);
        String longText = word.repeat(400).strip();
        List<String> cut = texts(longText);
        assertThat(cut).allSatisfy(piece -> assertThat(piece.length()).isLessThanOrEqualTo(ClauseSplitter.MAX_PIECE));
        assertThat(String.join(" ", cut)).isEqualTo(longText);
        assertThat(cut.get(0)).hasSize(1499);
        String noSpaces = "y".repeat(ClauseSplitter.MAX_PIECE * 2 + 10);
        assertThat(texts(noSpaces)).containsExactly("y".repeat(ClauseSplitter.MAX_PIECE),
                "y".repeat(ClauseSplitter.MAX_PIECE), "y".repeat(10));
        String lateSpace = "z".repeat(ClauseSplitter.MAX_PIECE / 2 - 1) + " " + "z".repeat(ClauseSplitter.MAX_PIECE);
        assertThat(texts(lateSpace).get(0)).hasSize(ClauseSplitter.MAX_PIECE);
    }
}
