package org.nmoregister.safeguarding.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.quality.OrderQualityAssured;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.nmoregister.safeguarding.rules.Adulthood;
import org.nmoregister.safeguarding.rules.ContactOccasion;
import org.nmoregister.safeguarding.rules.PersonKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a VICTIM_CONTACT task for each protected adult on every assured version that the victim must be told about
 * (new to them, changed, extended, ended), once per version and person, from the version the event carries. Children
 * are never contacted. A contact still outstanding for an earlier version is cancelled: the new one explains the
 * order as it now stands. Nothing is sent to anyone here: the safeguarding unit contacts the victim, by their safe
 * route, by hand.
 */
@Component
class VictimContactTasks {

    private static final Logger log = LoggerFactory.getLogger(VictimContactTasks.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Tasks tasks;
    private final ContactRepository contacts;
    private final SafeContactRepository safeContacts;
    private final Clock clock;
    private final Duration dueAfter;

    VictimContactTasks(Tasks tasks, ContactRepository contacts, SafeContactRepository safeContacts, Clock clock,
                       @Value("${nmo.safeguarding.victim-contact.due-after:PT72H}") Duration dueAfter) {
        this.tasks = tasks;
        this.contacts = contacts;
        this.safeContacts = safeContacts;
        this.clock = clock;
        this.dueAfter = dueAfter;
    }

    @ApplicationModuleListener
    void on(OrderQualityAssured assured) {
        open(assured.order());
    }

    /** Opens the contacts the version needs; safe to run again for the same version (nothing new is made). */
    @Transactional
    int open(OrderSnapshot version) {
        OrderDetails order = version.details();
        LocalDate orderDate = order.madeAt() == null ? null : order.madeAt().atZone(UK).toLocalDate();
        int made = 0;
        if (order.applicant() != null) {
            made += openFor(version, order.applicant(), true, order.relationship(), orderDate);
        }
        for (ProtectedPerson other : order.otherProtectedPersons()) {
            made += openFor(version, other, false, null, orderDate);
        }
        return made;
    }

    private int openFor(OrderSnapshot version, ProtectedPerson person, boolean applicant, Relationship relationship,
                        LocalDate orderDate) {
        Adulthood adulthood = Adulthood.of(person.dateOfBirth(), orderDate, relationship);
        if (!adulthood.contacted()) {
            return 0;
        }
        String key = PersonKey.of(person, applicant);
        List<ContactEntity> earlier = contacts.forPerson(version.orderId(), key);
        boolean told = earlier.stream().anyMatch(c -> c.outcome != null && c.outcome.told());
        ContactOccasion occasion = ContactOccasion.of(version.changeKind(), told, !earlier.isEmpty());
        if (occasion == null) {
            return 0;
        }
        Tasks.Opened opened = tasks.open(new NewTask(version.forceId(), version.orderId(), version.version(),
                TaskKind.VICTIM_CONTACT, "v" + version.version() + ":" + key, null, person.name(),
                clock.instant().plus(dueAfter)));
        if (!opened.created()) {
            return 0;
        }
        contacts.save(new ContactEntity(opened.id(), key, applicant, occasion, adulthood));
        for (ContactEntity old : earlier) {
            TaskEntity task = tasks.get(old.taskId, version.forceId());
            if (task.status.outstanding()) {
                tasks.close(task.id, version.forceId(), Tasks.SYSTEM, TaskStatus.CANCELLED, "Replaced by the "
                        + "contact about version " + version.version() + ", which explains the order as it now is.");
            }
        }
        prefill(version, person, key);
        log.info("Victim contact task {} opened for order {} version {} ({})", opened.id(), version.orderId(),
                version.version(), occasion);
        return 1;
    }

    /** Starts the safe contact details from the order's own contact details, until the unit confirms them. */
    private void prefill(OrderSnapshot version, ProtectedPerson person, String key) {
        if (safeContacts.findByOrderIdAndPersonKey(version.orderId(), key).isPresent()) {
            return;
        }
        SafeContactEntity details = new SafeContactEntity(version.forceId(), version.orderId(), key);
        for (ContactDetail c : person.contacts()) {
            if (c.value() == null || c.value().isBlank()) {
                continue;
            }
            if (c.kind() == ContactDetail.Kind.PHONE && details.phone == null && c.value().strip().length() <= 40) {
                details.phone = c.value().strip();
            } else if (c.kind() == ContactDetail.Kind.EMAIL && details.email == null
                    && c.value().strip().length() <= 320) {
                details.email = c.value().strip();
            }
        }
        details.prefilled = true;
        details.recordedBy = Tasks.SYSTEM;
        details.recordedAt = clock.instant();
        safeContacts.save(details);
    }
}
