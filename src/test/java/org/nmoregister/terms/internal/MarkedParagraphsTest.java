package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nmoregister.terms.MarkedTerm;

/** Where each marked term of a document begins and ends, its marker and its words, line by line. */
class MarkedParagraphsTest {

    @Test
    void noTextHasNoTerms() {
        assertThat(MarkedParagraphs.in(null)).isEmpty();
        assertThat(MarkedParagraphs.in("")).isEmpty();
        assertThat(MarkedParagraphs.in("The court orders that nothing is marked.")).isEmpty();
    }

    @Test
    void eachMarkedLineStartsATerm() {
        assertThat(MarkedParagraphs.in("1. First term.\n2. Second term.")).containsExactly(
                new MarkedTerm("1.", "First term.", 0, 14), new MarkedTerm("2.", "Second term.", 15, 30));
    }

    @Test
    void wrappedLinesJoinTheTermAndTheSpansLeaveOutIndentsAndTrailingSpaces() {
        String text = "  (a) The respondent must not  \n  contact the applicant  \n\n  (b) Next.";
        assertThat(MarkedParagraphs.in(text)).containsExactly(
                new MarkedTerm("(a)", "The respondent must not contact the applicant", 2, 55),
                new MarkedTerm("(b)", "Next.", 61, 70));
        assertThat(text.substring(2, 55)).endsWith("applicant");
        assertThat(text.substring(61, 70)).isEqualTo("(b) Next.");
    }

    @Test
    void aCapitalisedLineAfterAFinishedSentenceEndsTheTerm() {
        assertThat(MarkedParagraphs.in("1. Must not contact her.\nThis order lasts a year.\nnot part")).containsExactly(
                new MarkedTerm("1.", "Must not contact her.", 0, 24));
        assertThat(MarkedParagraphs.in("1. Must not contact her;\nThe next words")).containsExactly(
                new MarkedTerm("1.", "Must not contact her;", 0, 24));
        // not finished (a comma), or not capitalised: the line goes on with the term
        assertThat(MarkedParagraphs.in("1. Must not contact her,\nJane Doe.")).containsExactly(
                new MarkedTerm("1.", "Must not contact her, Jane Doe.", 0, 34));
        assertThat(MarkedParagraphs.in("1. Must not contact her;\nand must not go to her home.")).containsExactly(
                new MarkedTerm("1.", "Must not contact her; and must not go to her home.", 0, 53));
    }

    @Test
    void aHeadingEndsTheTermButALongOrWordyLineInCapitalsDoesNot() {
        assertThat(MarkedParagraphs.in("1. Must not contact her\nPENAL NOTICE\nmore words")).containsExactly(
                new MarkedTerm("1.", "Must not contact her", 0, 23));
        String eighty = "ABCDEFGHIJ".repeat(8);
        assertThat(MarkedParagraphs.in("1. Must not contact her\n" + eighty)).containsExactly(
                new MarkedTerm("1.", "Must not contact her", 0, 23));
        assertThat(MarkedParagraphs.in("1. Must not contact her\n" + eighty + "K")).containsExactly(
                new MarkedTerm("1.", "Must not contact her " + eighty + "K", 0, 105));
        assertThat(MarkedParagraphs.in("1. Must not contact her\nA B C D E F G H I J")).containsExactly(
                new MarkedTerm("1.", "Must not contact her", 0, 23));
        assertThat(MarkedParagraphs.in("1. Must not contact her\nA B C D E F G H I J K")).containsExactly(
                new MarkedTerm("1.", "Must not contact her A B C D E F G H I J K", 0, 45));
        // a line of figures only is no heading: it has no letters
        assertThat(MarkedParagraphs.in("1. Must not contact her\n12345")).containsExactly(
                new MarkedTerm("1.", "Must not contact her 12345", 0, 29));
    }
}
