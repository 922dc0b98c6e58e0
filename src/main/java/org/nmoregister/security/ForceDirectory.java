package org.nmoregister.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The forces and districts the register knows. */
public interface ForceDirectory {

    List<Force> all();

    Optional<Force> byCode(String code);

    Optional<Force> byId(UUID id);

    default Force require(UUID id) {
        return byId(id).orElseThrow(() -> new UnknownForceException(String.valueOf(id)));
    }
}
