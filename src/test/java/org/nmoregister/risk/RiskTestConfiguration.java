package org.nmoregister.risk;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.nmoregister.security.CurrentUsers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for the breaches module's contribution to the risk meeting: items in three sections for northshire,
 * and a failure for southvale (an agenda must say when part of it could not be gathered).
 */
@TestConfiguration
public class RiskTestConfiguration {

    /** The last period the meeting asked for. */
    public static final AtomicReference<Instant[]> lastPeriod = new AtomicReference<>();

    @Bean
    RiskMeetingContributor testBreachesContributor(CurrentUsers currentUsers) {
        return (since, until) -> {
            lastPeriod.set(new Instant[] {since, until});
            if (!"northshire".equals(currentUsers.require().forceCode())) {
                throw new IllegalStateException("test contributor fails outside northshire");
            }
            return List.of(
                    new RiskMeetingContributor.AgendaItem(RiskMeetingContributor.Section.REPEAT_VICTIMS, "RV-TEST-1",
                            null, "Repeat victim: third breach in 12 months (test contributor)", RiskLevel.MEDIUM),
                    new RiskMeetingContributor.AgendaItem(RiskMeetingContributor.Section.BREACHES_SINCE_LAST_MEETING,
                            "BR-TEST-1", "/breaches/test", "Contact by text, 02:10 (test contributor)", null),
                    new RiskMeetingContributor.AgendaItem(RiskMeetingContributor.Section.OUTSTANDING_ARRESTS,
                            "AR-TEST-1", null, "Suspect not yet arrested (test contributor)", RiskLevel.HIGH));
        };
    }
}
