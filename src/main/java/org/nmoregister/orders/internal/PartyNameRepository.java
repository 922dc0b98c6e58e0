package org.nmoregister.orders.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartyNameRepository extends JpaRepository<PartyNameEntity, PartyNameEntity.Key> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PartyNameEntity p where p.orderId = :orderId")
    void deleteByOrderId(UUID orderId);
}
