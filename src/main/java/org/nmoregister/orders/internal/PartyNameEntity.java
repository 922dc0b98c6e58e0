package org.nmoregister.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

@Entity
@Table(name = "order_party_name")
@IdClass(PartyNameEntity.Key.class)
class PartyNameEntity {
    @Id
    @Column(name = "order_id")
    UUID orderId;
    @Id
    String role;
    @Id
    @Column(name = "name_key")
    String nameKey;
    String name;

    protected PartyNameEntity() {
    }

    PartyNameEntity(UUID orderId, String role, String name) {
        this.orderId = orderId;
        this.role = role;
        this.name = name.strip();
        this.nameKey = Keys.name(name);
    }

    record Key(UUID orderId, String role, String nameKey) implements Serializable {
        Key() {
            this(null, null, null);
        }
    }
}
