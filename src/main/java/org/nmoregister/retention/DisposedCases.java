package org.nmoregister.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The cases disposed of since a moment, across forces, for read models each instance keeps in memory (the control
 * room's lookup): a disposal on one instance is forgotten by every other within seconds.
 */
public interface DisposedCases {

    List<UUID> disposedSince(Instant since);
}
