package org.nmoregister.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.terms.Finding.Severity;

class CorrectedDraftTest {

    static final String GENERAL = "The respondent must not instruct, encourage or in any way suggest that any other "
            + "person should do any of the things this order forbids him to do.";

    @Test
    void noSuggestedTermNoCorrectedDraft() {
        var vague = new Finding(FindingCode.PROXIMITY_WITHOUT_DISTANCE, Severity.ERROR, 1, "State a distance.");
        assertThat(CorrectedDraft.of("The respondent must not go near the applicant's home.", List.of(vague)))
                .isEmpty();
    }

    @Test
    void theSuggestedTermsFollowTheWordingKeptAsTyped() {
        String draft = "  The respondent must not go to 7 Rook Street, Leeds.\n\nThe respondent must not  telephone "
                + "the applicant.  ";
        var third = new Finding(FindingCode.NO_THIRD_PARTY_CLAUSE, Severity.WARNING, 1, "Add it.", GENERAL);
        var again = new Finding(FindingCode.NO_THIRD_PARTY_CLAUSE, Severity.WARNING, 2, "Add it.", GENERAL);
        assertThat(CorrectedDraft.of(draft, List.of(third, again))).contains(
                "The respondent must not go to 7 Rook Street, Leeds.\n\nThe respondent must not  telephone the "
                        + "applicant.\n\n" + GENERAL);
    }

    @Test
    void aNumberedDraftGoesOnBeingNumbered() {
        String draft = "1. The respondent must not use or threaten violence against the applicant.\n"
                + "(2) The respondent must not go to 7 Rook Street.";
        var third = new Finding(FindingCode.NO_THIRD_PARTY_CLAUSE, Severity.WARNING, 1, "Add it.", GENERAL);
        var children = new Finding(FindingCode.NO_CHILD_ARRANGEMENTS_EXCEPTION, Severity.WARNING, 2, "Add it.",
                "This order does not prevent contact with the children.");
        assertThat(CorrectedDraft.of(draft, List.of(third, children))).contains(draft + "\n\n3. " + GENERAL
                + "\n\n4. This order does not prevent contact with the children.");
    }
}
