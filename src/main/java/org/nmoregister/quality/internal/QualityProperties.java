package org.nmoregister.quality.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Court liaison settings.
 *
 * @param responseTime     how long a court has to answer before reminders start
 * @param reminderInterval time between reminders
 * @param maxReminders     reminders after which the request is left for the point of contact to chase by phone
 * @param unservedAfter    an order still unserved this long after it was made gets a CONFIRM_SERVICE request
 * @param fromAddress      sender of liaison e-mails
 * @param sweepCron        when the daily sweep runs (server time)
 */
@ConfigurationProperties("nmo.liaison")
record QualityProperties(Duration responseTime, Duration reminderInterval, Integer maxReminders,
                         Duration unservedAfter, String fromAddress, String sweepCron) {

    QualityProperties {
        responseTime = responseTime == null ? Duration.ofDays(7) : responseTime;
        reminderInterval = reminderInterval == null ? Duration.ofDays(3) : reminderInterval;
        maxReminders = maxReminders == null ? 3 : maxReminders;
        unservedAfter = unservedAfter == null ? Duration.ofDays(7) : unservedAfter;
        fromAddress = fromAddress == null ? "nmo-register@localhost" : fromAddress;
        sweepCron = sweepCron == null ? "0 0 7 * * *" : sweepCron;
    }
}
