package org.nmoregister.safeguarding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nmoregister.safeguarding.rules.Adulthood;
import org.nmoregister.safeguarding.rules.ContactOccasion;
import org.nmoregister.safeguarding.rules.ContactOutcome;

/** What a VICTIM_CONTACT task is about: the person, the occasion, and how it ended. */
@Entity
@Table(name = "safeguarding_contact")
class ContactEntity {
    @Id
    @Column(name = "task_id")
    UUID taskId;
    @Column(name = "person_key")
    String personKey;
    @Column(name = "person_role")
    String personRole;
    @Enumerated(EnumType.STRING)
    ContactOccasion occasion;
    @Enumerated(EnumType.STRING)
    Adulthood adulthood;
    @Enumerated(EnumType.STRING)
    ContactOutcome outcome;

    protected ContactEntity() {
    }

    ContactEntity(UUID taskId, String personKey, boolean applicant, ContactOccasion occasion, Adulthood adulthood) {
        this.taskId = taskId;
        this.personKey = personKey;
        this.personRole = applicant ? "APPLICANT" : "OTHER";
        this.occasion = occasion;
        this.adulthood = adulthood;
    }
}
