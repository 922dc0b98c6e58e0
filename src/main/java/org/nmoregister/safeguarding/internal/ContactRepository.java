package org.nmoregister.safeguarding.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactRepository extends JpaRepository<ContactEntity, UUID> {

    /** The contacts made for one person of an order, with their tasks, oldest first. */
    @Query("select c from ContactEntity c, TaskEntity t where t.id = c.taskId and t.orderId = :orderId "
            + "and c.personKey = :personKey order by t.orderVersion, t.createdAt")
    List<ContactEntity> forPerson(@Param("orderId") UUID orderId, @Param("personKey") String personKey);
}
