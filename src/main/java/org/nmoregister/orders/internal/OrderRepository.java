package org.nmoregister.orders.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.orders.OrderType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<OrderEntity, UUID> {

    Optional<OrderEntity> findByIdAndForceId(UUID id, UUID forceId);

    List<OrderEntity> findByForceIdAndIdIn(UUID forceId, java.util.Collection<UUID> ids);

    Optional<OrderEntity> findByForceIdAndCourtKeyAndCaseNumberKeyAndOrderType(UUID forceId, String courtKey,
                                                                              String caseNumberKey, OrderType type);

    List<OrderEntity> findByForceIdAndCaseNumberKeyOrderByMadeAtDesc(UUID forceId, String caseNumberKey);

    @Query("""
            select o from OrderEntity o where o.forceId = :forceId and o.id in
              (select p.orderId from PartyNameEntity p where p.nameKey = :nameKey)
            order by o.madeAt desc""")
    List<OrderEntity> findByPartyNameKey(UUID forceId, String nameKey);

    /** One page of the same, for the pages: each order read is a read of its latest version. */
    @Query("""
            select o from OrderEntity o where o.forceId = :forceId and o.id in
              (select p.orderId from PartyNameEntity p where p.nameKey = :nameKey)
            order by o.madeAt desc, o.id""")
    List<OrderEntity> findByPartyNameKey(UUID forceId, String nameKey, org.springframework.data.domain.Pageable page);

    @Query("""
            select count(o) from OrderEntity o where o.forceId = :forceId and o.id in
              (select p.orderId from PartyNameEntity p where p.nameKey = :nameKey)""")
    long countByPartyNameKey(UUID forceId, String nameKey);
}
