package org.nmoregister.places.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * In the demo, loads a small made-up gazetteer ({@code places/demo-gazetteer.csv}, in the ONS directory's format)
 * covering the postcodes of the demo orders, so that place lookups work without the real directory. It goes
 * through the importer like any file; importing it again at every start changes nothing.
 */
@Component
class DemoGazetteer {

    private static final Logger log = LoggerFactory.getLogger(DemoGazetteer.class);
    static final String FILE = "places/demo-gazetteer.csv";
    static final String PROPERTIES = "places/demo-addressbase.csv";

    private final boolean enabled;
    private final GazetteerImporter importer;

    DemoGazetteer(@Value("${nmo.demo.enabled:false}") boolean enabled, GazetteerImporter importer) {
        this.enabled = enabled;
        this.importer = importer;
    }

    /** Before the demo orders are loaded, so anything that places them finds their postcodes. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 50)
    public void load() {
        if (!enabled) {
            return;
        }
        load(GazetteerImport.Kind.POSTCODE_DIRECTORY, FILE);
        load(GazetteerImport.Kind.ADDRESSBASE, PROPERTIES);
    }

    private void load(GazetteerImport.Kind kind, String name) {
        ClassPathResource file = new ClassPathResource(name);
        try (InputStream in = file.getInputStream()) {
            GazetteerImport result = importer.importNow(kind, "system", "demo: " + name, in, file.contentLength());
            log.info("Demo gazetteer ({}): {} rows loaded, {} changed, {} rejected", kind, result.rowsLoaded(),
                    result.rowsChanged(), result.rowsRejected());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.nmoregister.platform.ConflictException e) {
            log.info("Demo gazetteer not loaded: {}", e.getMessage());
        }
    }
}
