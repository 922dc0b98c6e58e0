package org.nmoregister.intake.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationDocumentContentRepository extends JpaRepository<NotificationDocumentContentEntity, UUID> {
}
