package org.nmoregister.intake.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationDocumentRepository extends JpaRepository<NotificationDocumentEntity, UUID> {

    List<NotificationDocumentEntity> findByNotificationIdOrderByStoredAt(UUID notificationId);
}
