package org.nmoregister.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "district")
class DistrictEntity {
    @Id
    UUID id;
    String code;
    String name;

    @ManyToOne
    @JoinColumn(name = "force_id")
    ForceEntity force;

    protected DistrictEntity() {
    }

    DistrictEntity(ForceEntity force, String code, String name) {
        this.id = UUID.randomUUID();
        this.force = force;
        this.code = code;
        this.name = name;
    }
}
