package org.nmoregister.security.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "force")
class ForceEntity {
    @Id
    UUID id;
    String code;
    String name;

    @OneToMany(mappedBy = "force", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("name")
    List<DistrictEntity> districts = new ArrayList<>();

    protected ForceEntity() {
    }

    ForceEntity(String code, String name) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
    }
}
