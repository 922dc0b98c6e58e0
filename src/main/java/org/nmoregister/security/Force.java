package org.nmoregister.security;

import java.util.List;
import java.util.UUID;

/** A police force and its districts (the local policing areas an order is disseminated to). */
public record Force(UUID id, String code, String name, List<District> districts) {

    public record District(UUID id, String code, String name) {
    }
}
