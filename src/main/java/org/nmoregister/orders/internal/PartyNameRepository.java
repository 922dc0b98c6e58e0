package org.nmoregister.orders.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartyNameRepository extends JpaRepository<PartyNameEntity, PartyNameEntity.Key> {

    List<PartyNameEntity> findByOrderId(UUID orderId);
}
