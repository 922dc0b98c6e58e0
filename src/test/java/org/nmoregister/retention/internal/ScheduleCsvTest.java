package org.nmoregister.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.retention.RecordKind;

class ScheduleCsvTest {

    static final String HEADER = "record_kind,review_trigger,review_after_months,dispose_without_review,basis\n";
    static final String GOOD = HEADER
            + "ORDER,ORDER_END,72,false,APP review after six years\n"
            + "NOTIFICATION,ORDER_END,72,false,With the order\n"
            + "BREACH,LAST_BREACH_OUTCOME,120,false,\"Group 2, public protection\"\n"
            + "RISK_ASSESSMENT,LAST_RECORD,72,false,DASH\n"
            + "SAFEGUARDING,ORDER_END,72,false,With the order\n"
            + "MONITORING_POINT,CREATED,3,true,Short fixed period\n"
            + "ACCESS_LOG,LAST_RECORD,72,false,s.62\n";

    @Test
    void readsAWholeSchedule() {
        var rules = ScheduleCsv.read(new StringReader(GOOD));
        assertThat(rules).hasSize(RecordKind.values().length);
        var breach = rules.stream().filter(r -> r.kind() == RecordKind.BREACH).findFirst().orElseThrow();
        assertThat(breach.months()).isEqualTo(120);
        assertThat(breach.basis()).isEqualTo("Group 2, public protection");
        assertThat(rules.stream().filter(RetentionSchedule.Rule::disposeWithoutReview).map(RetentionSchedule.Rule::kind))
                .containsExactly(RecordKind.MONITORING_POINT);
    }

    @Test
    void namesTheRowAndFieldOfEveryProblem() {
        String bad = GOOD.replace("RISK_ASSESSMENT,LAST_RECORD,72", "RISK_ASSESSMENT,LAST_RECORD,0")
                .replace("SAFEGUARDING,ORDER_END", "SAFEGUARDING,WHENEVER");
        assertThatThrownBy(() -> ScheduleCsv.read(new StringReader(bad)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequestException.FieldError::field)
                        .containsExactlyInAnyOrder("row 5: review_after_months", "row 6: review_trigger"));
    }

    @Test
    void everyKindOnceAndOnlyOnce() {
        String missing = GOOD.replace("ACCESS_LOG,LAST_RECORD,72,false,s.62\n", "ORDER,CREATED,12,false,again\n");
        assertThatThrownBy(() -> ScheduleCsv.read(new StringReader(missing)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field() + " " + err.reason())
                        .contains("row 8: record_kind ORDER is given twice")
                        .anyMatch(s -> s.startsWith("record_kind ACCESS_LOG has no row")));
    }

    @Test
    void refusesAWrongHeaderAnEmptyBasisAndALastBreachTriggerOnAnotherKind() {
        assertThatThrownBy(() -> ScheduleCsv.read(new StringReader("kind,months\nORDER,72\n")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("file"));
        String bad = GOOD.replace("DASH", "").replace("ORDER,ORDER_END,72", "ORDER,LAST_BREACH_OUTCOME,72")
                .replace("MONITORING_POINT,CREATED,3,true", "MONITORING_POINT,CREATED,3,perhaps");
        assertThatThrownBy(() -> ScheduleCsv.read(new StringReader(bad)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequestException.FieldError::field)
                        .containsExactlyInAnyOrder("row 2: review_trigger", "row 5: basis",
                                "row 7: dispose_without_review"));
    }

    @Test
    void refusesNonNumbersAndPeriodsOverAHundredYears() {
        String bad = GOOD.replace("ORDER,ORDER_END,72", "ORDER,ORDER_END,six")
                .replace("BREACH,LAST_BREACH_OUTCOME,120", "BREACH,LAST_BREACH_OUTCOME,1201");
        assertThatThrownBy(() -> ScheduleCsv.read(new StringReader(bad)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequestException.FieldError::field)
                        .containsExactlyInAnyOrder("row 2: review_after_months", "row 4: review_after_months"));
    }
}
