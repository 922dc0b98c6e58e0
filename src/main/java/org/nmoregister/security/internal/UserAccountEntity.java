package org.nmoregister.security.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.security.Role;

@Entity
@Table(name = "user_account")
class UserAccountEntity {
    @Id
    UUID id;
    String username;
    @Column(name = "display_name")
    String displayName;
    @Column(name = "password_hash")
    String passwordHash;
    @Column(name = "force_id")
    UUID forceId;
    boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccountEntity() {
    }

    UserAccountEntity(String username, String displayName, String passwordHash, UUID forceId, Set<Role> roles) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.forceId = forceId;
        this.roles = EnumSet.copyOf(roles);
    }
}
