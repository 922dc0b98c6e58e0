package org.nmoregister.safeguarding.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SafeContactRepository extends JpaRepository<SafeContactEntity, UUID> {

    Optional<SafeContactEntity> findByOrderIdAndPersonKey(UUID orderId, String personKey);

    List<SafeContactEntity> findByOrderId(UUID orderId);
}
