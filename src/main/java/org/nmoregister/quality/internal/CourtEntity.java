package org.nmoregister.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "court")
class CourtEntity {
    @Id
    UUID id;
    String name;
    @Column(name = "name_key")
    String nameKey;
    String address;
    String email;
    String phone;

    protected CourtEntity() {
    }

    CourtEntity(String name) {
        this.id = UUID.randomUUID();
        rename(name);
    }

    void rename(String newName) {
        this.name = newName.strip();
        this.nameKey = key(newName);
    }

    static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
