package org.nmoregister.safeguarding.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<AttemptEntity, UUID> {

    List<AttemptEntity> findByTaskIdOrderByAttemptedAtAscRecordedAtAsc(UUID taskId);
}
