package org.nmoregister.quality.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourtRepository extends JpaRepository<CourtEntity, UUID> {

    Optional<CourtEntity> findByNameKey(String nameKey);

    List<CourtEntity> findAllByOrderByNameAsc();
}
