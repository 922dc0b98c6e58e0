package org.nmoregister.quality;

import java.util.UUID;

/** Quality assurance as other modules may ask for it. */
public interface QualityAssurance {

    /**
     * Assures the order's latest version as the signed-in point of contact when nothing blocks it (no ERROR finding,
     * no open query); returns false, changing nothing, when something does.
     */
    boolean assureIfClear(UUID orderId);
}
