package org.nmoregister.security.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ForceRepository extends JpaRepository<ForceEntity, UUID> {
    Optional<ForceEntity> findByCode(String code);
}
