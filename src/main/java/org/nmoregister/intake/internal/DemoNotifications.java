package org.nmoregister.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.nmoregister.intake.ManualOrigin;
import org.nmoregister.intake.NotificationSource;
import org.nmoregister.intake.internal.NotificationData.AddressData;
import org.nmoregister.intake.internal.NotificationData.Hearing;
import org.nmoregister.intake.internal.NotificationData.OfficerSafetyData;
import org.nmoregister.intake.internal.NotificationData.Person;
import org.nmoregister.intake.internal.NotificationData.RespondentData;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's queue: a few notifications for each demo force, delivered through the same court-feed path a real feed
 * uses (so their references make a restart deliver nothing twice), and one entered by hand that still needs
 * completing. Only when {@code nmo.demo.enabled} is true.
 */
@Component
class DemoNotifications {

    private static final Logger log = LoggerFactory.getLogger(DemoNotifications.class);
    private static final List<String> STANDARD_TERMS = List.of(
            "The respondent %s must not use or threaten violence against the applicant %s, and must not instruct, "
                    + "encourage or in any way suggest that any other person should do so.",
            "The respondent %s must not intimidate, harass or pester the applicant %s, and must not instruct, "
                    + "encourage or in any way suggest that any other person should do so.",
            "The respondent %s must not telephone, text, email or otherwise contact or attempt to contact the "
                    + "applicant %s, except through solicitors.");

    private final NotificationService service;
    private final SystemActions system;
    private final ForceDirectory forces;
    private final NotificationRepository notifications;
    private final Clock clock;
    private final boolean enabled;

    DemoNotifications(NotificationService service, SystemActions system, ForceDirectory forces,
                      NotificationRepository notifications, Clock clock,
                      @Value("${nmo.demo.enabled:false}") boolean enabled) {
        this.service = service;
        this.system = system;
        this.forces = forces;
        this.notifications = notifications;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void deliverDemoNotifications() {
        if (!enabled) {
            return;
        }
        for (String code : List.of("northshire", "southvale")) {
            try {
                deliver(code);
            } catch (RuntimeException e) {
                // A demo nicety must never stop the register starting.
                log.warn("Demo notifications for {} not delivered: {}", code, e.getMessage());
            }
        }
    }

    private void deliver(String code) {
        forces.byCode(code).ifPresent(force -> {
            String prefix = "DEMO-" + code.toUpperCase() + "-";
            if (notifications.findByForceIdAndSourceAndExternalReferenceAndCorrectionOfIsNull(force.id(),
                    NotificationSource.COURT_FEED, prefix + "1").isPresent()) {
                return;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
            system.runAs(force.id(), "demo-court-feed", Set.of(Role.COURT_FEED), () -> {
                service.receive(NotificationSource.COURT_FEED, null, prefix + "1", withoutNotice(code, now));
                service.receive(NotificationSource.COURT_FEED, null, prefix + "2", onNotice(code, now));
                service.receive(NotificationSource.COURT_FEED, null, prefix + "3", restraining(code, now));
                return null;
            });
            system.runAs(force.id(), "demo-point-of-contact", Set.of(Role.POINT_OF_CONTACT), () ->
                    service.enter(ManualOrigin.OTHER_FORCE, prefix + "M1", partial()));
            log.info("Demo notifications delivered to {}", code);
        });
    }

    private static List<String> terms(String respondent, String applicant) {
        return STANDARD_TERMS.stream().map(t -> t.formatted(respondent, applicant)).toList();
    }

    private static String court(String code) {
        return "northshire".equals(code) ? "Leeds Family Court" : "Bristol Civil and Family Justice Centre";
    }

    private static String caseNumber(String code, String suffix) {
        return ("northshire".equals(code) ? "LS" : "BS") + "26F" + suffix;
    }

    private static NotificationData withoutNotice(String code, Instant now) {
        Instant made = now.minus(Duration.ofHours(3));
        Instant hearing = made.plus(Duration.ofDays(13)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(10));
        return new NotificationData(court(code), caseNumber(code, "90101"), "NMO", made, true,
                new Hearing(hearing, court(code)), hearing.plus(Duration.ofHours(6)), false, false, true,
                new Person("Sarah Whitfield", LocalDate.of(1991, 2, 14), null,
                        new AddressData("22 Larch Close", null, "Leeds", "LS8 3QT", true), null, null),
                null,
                new RespondentData("Daniel Whitfield", LocalDate.of(1989, 9, 30), List.of("Danny Whitfield"),
                        new AddressData("Flat 4, 61 Roundhay Road", null, "Leeds", "LS7 1AB", false), null, null,
                        "White male, about 6ft, shaved head, tattoo on left forearm", List.of("Blue Ford Focus YD19 KXR"),
                        new OfficerSafetyData(List.of("VIOLENCE", "ALCOHOL"), "Assaulted an officer in 2022")),
                List.of(new Person("Ella Whitfield", LocalDate.of(2019, 6, 2), null, null, null, null)),
                "FORMER_COHABITANT", terms("Daniel Whitfield", "Sarah Whitfield"), null, null, null, null, null);
    }

    private static NotificationData onNotice(String code, Instant now) {
        Instant made = now.minus(Duration.ofDays(1));
        return new NotificationData(court(code), caseNumber(code, "90102"), "NMO", made, false, null,
                made.plus(Duration.ofDays(365)), false, false, true,
                new Person("Priya Sharma", LocalDate.of(1985, 11, 3), null,
                        new AddressData("7 Orchard Way", null, "Harrogate", "HG1 4PL", false), null, null),
                null,
                new RespondentData("Mark Ellis", LocalDate.of(1983, 1, 21), null,
                        new AddressData("15 Station Street", null, "York", "YO1 6DD", false), null, null, null, null,
                        null),
                null, "INTIMATE_RELATIONSHIP", terms("Mark Ellis", "Priya Sharma"),
                made.plus(Duration.ofHours(20)), "PROCESS_SERVER", "North Process Services Ltd", null, null);
    }

    private static NotificationData restraining(String code, Instant now) {
        Instant made = now.minus(Duration.ofDays(2));
        return new NotificationData("northshire".equals(code) ? "Leeds Crown Court" : "Bristol Crown Court",
                "northshire".equals(code) ? "T20267001" : "T20267002", "RESTRAINING_ORDER", made, false, null, null,
                true, false, true,
                new Person("Grace Okafor", LocalDate.of(1978, 4, 9), null, null, null, null), null,
                new RespondentData("Liam Brennan", LocalDate.of(1975, 12, 12), null, null, null, null, null, null,
                        null),
                null, "NOT_KNOWN",
                List.of("The defendant Liam Brennan must not contact Grace Okafor directly or indirectly.",
                        "The defendant must not enter Albion Street, Leeds."),
                made, "PERSONAL", "The court", null, null);
    }

    /** What another force passed on by phone: enough to start, not enough to accept. */
    private static NotificationData partial() {
        return NotificationData.EMPTY.withCourtAndCase("Manchester Family Court", "MA26F04411");
    }
}
