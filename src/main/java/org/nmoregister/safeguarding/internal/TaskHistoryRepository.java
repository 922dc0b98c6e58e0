package org.nmoregister.safeguarding.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskHistoryRepository extends JpaRepository<TaskHistoryEntity, UUID> {

    List<TaskHistoryEntity> findByTaskIdOrderByAt(UUID taskId);
}
