package org.nmoregister.intake.bulk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Term;

class TermSplitterTest {

    @Test
    void numberedRunOfTextKeepsTheCourtsNumbersAndIgnoresNumbersInsideTerms() {
        var terms = TermSplitter.split("1. Must not go within 100 metres of Flat 2. Mill Court. "
                + "2. Must not contact the applicant. 3. Must not go to the school known as St Anne's.");
        assertThat(terms).containsExactly(
                new Term(1, "Must not go within 100 metres of Flat 2. Mill Court."),
                new Term(2, "Must not contact the applicant."),
                new Term(3, "Must not go to the school known as St Anne's."));
    }

    @Test
    void numberingMayStartLaterAndTermsMayStartInLowerCase() {
        assertThat(TermSplitter.split("3. the respondent must not pester the applicant. 4. the respondent must not "
                + "go within 2 miles of Northby."))
                .containsExactly(new Term(3, "the respondent must not pester the applicant."),
                        new Term(4, "the respondent must not go within 2 miles of Northby."));
        assertThat(TermSplitter.split("Must not pester. 2. Must not threaten."))
                .as("a run that does not start with a number is one term")
                .containsExactly(new Term(1, "Must not pester. 2. Must not threaten."));
    }

    @Test
    void blankLinesSeparateParagraphs() {
        var terms = TermSplitter.split("The respondent must not use violence.\r\n\r\nThe respondent must not"
                + "\ncontact the applicant.\n  \n");
        assertThat(terms).containsExactly(new Term(1, "The respondent must not use violence."),
                new Term(2, "The respondent must not contact the applicant."));
    }

    @Test
    void pipesSeparateParagraphsAndLeadingNumbersAreKept() {
        var terms = TermSplitter.split("4. Must not telephone the applicant | 5. Must not damage property");
        assertThat(terms).containsExactly(new Term(4, "Must not telephone the applicant"),
                new Term(5, "Must not damage property"));
        assertThat(TermSplitter.split("Must not pester | Must not threaten")).containsExactly(
                new Term(1, "Must not pester"), new Term(2, "Must not threaten"));
    }

    @Test
    void oneParagraphWithoutNumbersIsOneTerm() {
        assertThat(TermSplitter.split("The respondent undertakes not to contact the applicant until 2 May."))
                .containsExactly(new Term(1, "The respondent undertakes not to contact the applicant until 2 May."));
        assertThat(TermSplitter.split("  ")).isEmpty();
    }
}
