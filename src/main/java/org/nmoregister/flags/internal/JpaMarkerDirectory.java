package org.nmoregister.flags.internal;

import java.time.Instant;
import java.util.List;
import org.nmoregister.flags.MarkerDirectory;
import org.nmoregister.flags.MarkerView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaMarkerDirectory implements MarkerDirectory {

    private final MarkerRepository markers;

    JpaMarkerDirectory(MarkerRepository markers) {
        this.markers = markers;
    }

    @Override
    public List<MarkerView> allActive() {
        return markers.allActive().stream().map(MarkerEntity::view).toList();
    }

    @Override
    public List<Change> changedSince(Instant since) {
        return markers.changedSince(since).stream().map(m -> new Change(m.view(), m.changedAt)).toList();
    }
}
