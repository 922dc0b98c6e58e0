package org.nmoregister.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Answers and cases for the risk tests. */
final class RiskFixtures {

    private RiskFixtures() {
    }

    /** q1..q{yes} YES, the rest of the 27 NO. */
    static Map<String, String> answers(int yes) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 27; i++) {
            answers.put("q" + i, i <= yes ? "YES" : "NO");
        }
        return answers;
    }

    static RiskCase breach(String victim, int earlierBreaches) {
        return new RiskCase("breach", UUID.randomUUID(), null, victim, "Breach reported: contact by text",
                earlierBreaches);
    }
}
