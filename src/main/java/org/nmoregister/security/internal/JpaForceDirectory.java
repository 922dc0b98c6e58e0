package org.nmoregister.security.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.nmoregister.security.Accounts;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.UnknownForceException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaForceDirectory implements ForceDirectory, Accounts {

    private final ForceRepository forces;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    private final org.springframework.transaction.support.TransactionOperations transactions;

    JpaForceDirectory(ForceRepository forces, UserAccountRepository users, PasswordEncoder passwordEncoder,
                      org.springframework.transaction.support.TransactionOperations transactions) {
        this.transactions = transactions;
        this.forces = forces;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Force> all() {
        return forces.findAll().stream().map(JpaForceDirectory::toForce)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /**
     * Every bearer-token request names its force by code; forces change about once a decade, so they are read from
     * the database once and kept (a force created through {@link #ensureForce} is added at once).
     */
    private final Map<String, Force> byCode = new ConcurrentHashMap<>();
    private final Map<UUID, Force> byId = new ConcurrentHashMap<>();

    // Not transactional: every API request asks, and a cached answer needs no connection; a miss reads the force
    // and its districts in a transaction of its own.
    @Override
    public Optional<Force> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.toLowerCase();
        Force cached = byCode.get(key);
        return cached != null ? Optional.of(cached) : transactions.execute(status -> forces.findByCode(key)
                .map(JpaForceDirectory::toForce).map(this::remember));
    }

    @Override
    public Optional<Force> byId(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        Force cached = byId.get(id);
        return cached != null ? Optional.of(cached) : transactions.execute(status -> forces.findById(id)
                .map(JpaForceDirectory::toForce).map(this::remember));
    }

    private Force remember(Force force) {
        byCode.put(force.code(), force);
        byId.put(force.id(), force);
        return force;
    }

    @Override
    @Transactional
    public Force ensureForce(String code, String name, List<String> districtNames) {
        var force = forces.findByCode(code.toLowerCase()).orElseGet(() -> {
            var created = new ForceEntity(code.toLowerCase(), name);
            for (String district : districtNames) {
                created.districts.add(new DistrictEntity(created, slug(district), district));
            }
            return forces.save(created);
        });
        return remember(toForce(force));
    }

    @Override
    @Transactional
    public void ensureUser(String username, String displayName, String forceCode, String rawPassword, Set<Role> roles) {
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            return;
        }
        var force = forces.findByCode(forceCode.toLowerCase()).orElseThrow(() -> new UnknownForceException(forceCode));
        users.save(new UserAccountEntity(username, displayName, passwordEncoder.encode(rawPassword), force.id, roles));
    }

    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Force toForce(ForceEntity entity) {
        return new Force(entity.id, entity.code, entity.name, entity.districts.stream()
                .map(d -> new Force.District(d.id, d.code, d.name)).toList());
    }
}
