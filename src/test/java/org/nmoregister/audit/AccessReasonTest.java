package org.nmoregister.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.ReasonRequiredException;

class AccessReasonTest {

    @ParameterizedTest
    @ValueSource(strings = {"INC-20261122-0107", "INC-1", "LOG 1234", "LOG 99", "INC 4471", "CAD1234",
        "CRN/44/2026", "cad 1234 22/11/26", "LOG-77 caller says he is outside", "  INC-9  ",
        "Safeguarding: welfare visit to the applicant", "safeguarding:welfare visit today",
        "MARAC: case to be heard on Thursday", "Risk meeting: agenda item 4, daily meeting",
        "Court: preparing the file for the return hearing"})
    void referencesAndPurposesWithAReasonAreAccepted(String reason) {
        assertThat(AccessReason.problem(reason)).isEmpty();
        assertThat(AccessReason.require(reason, "this lookup")).isEqualTo(reason.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "X", "typo", "checking", "work", "1234", "INC", "INC-", "I-1", "because",
        "Safeguarding", "Safeguarding: yes", "Safeguarding: 1234567890", "Curiosity: I wanted to see the order",
        "looking at it for a colleague"})
    void whatASupervisorCouldNotCheckIsRefused(String reason) {
        assertThat(AccessReason.problem(reason)).isPresent();
        assertThatThrownBy(() -> AccessReason.require(reason, "this lookup"))
                .isInstanceOf(ReasonRequiredException.class)
                .hasMessageContaining(AccessReason.RULE);
    }

    @Test
    void aMissingReasonSaysWhatItIsFor() {
        assertThatThrownBy(() -> AccessReason.require("  ", "this lookup"))
                .isInstanceOf(ReasonRequiredException.class)
                .hasMessageStartingWith("Give the reason for this lookup");
        assertThatThrownBy(() -> AccessReason.require(null, "reading this order"))
                .hasMessageStartingWith("Give the reason for reading this order");
    }

    @Test
    void nulBytesControlCharactersAndLongTextAreRefusedEvenWhereAReasonIsOptional() {
        for (String bad : new String[] {"INC-1\u0000", "INC-1\nLOG-2", "INC-1\t2", "INC-" + "1".repeat(200)}) {
            assertThat(AccessReason.problem(bad)).as(bad).isPresent();
            assertThatThrownBy(() -> AccessReason.optional(bad)).isInstanceOf(ReasonRequiredException.class);
        }
        assertThat(AccessReason.optional(" ")).isNull();
        assertThat(AccessReason.optional("x")).isEqualTo("x");
        assertThat(AccessReason.problem("INC-" + "1".repeat(AccessReason.MAX_LENGTH - 4))).isEmpty();
    }

    @Test
    void theRuleNamesEveryPurpose() {
        for (AccessReason.Purpose purpose : AccessReason.Purpose.values()) {
            assertThat(AccessReason.RULE).contains(purpose.label());
        }
    }
}
