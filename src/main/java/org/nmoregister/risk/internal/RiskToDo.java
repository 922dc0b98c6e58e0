package org.nmoregister.risk.internal;

import java.util.List;
import org.nmoregister.platform.web.ToDoSource;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Safeguarding's work: DASH assessments a breach opened that are not yet completed, and MARAC referrals required and
 * not yet made. Counted as the risk assessments page lists them.
 */
@Component
@Order(50)
class RiskToDo implements ToDoSource {

    private final RiskAssessmentService assessments;
    private final CurrentUsers currentUsers;

    RiskToDo(RiskAssessmentService assessments, CurrentUsers currentUsers) {
        this.assessments = assessments;
        this.currentUsers = currentUsers;
    }

    @Override
    public List<ToDo> toDo() {
        if (!currentUsers.require().has(Role.SAFEGUARDING)) {
            return List.of();
        }
        long[] counts = assessments.toDoCounts();
        return List.of(
                new ToDo("Risk assessments", counts[0], "risk assessment to complete", "risk assessments to complete",
                        "/risk/assessments?show=to-complete", false),
                new ToDo("Risk assessments", counts[1], "MARAC referral due", "MARAC referrals due",
                        "/risk/assessments?show=marac-due", true));
    }
}
