package org.nmoregister.intake.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was read from one order document: each field with its span and confidence, and the terms in the order the
 * court numbered or lettered them (each a {@link ReadField} named {@code term}). The text is the one the spans
 * refer to, kept so the reading can be shown over it.
 */
public record OrderReading(String text, Map<String, ReadField> fields, List<ReadField> terms) {

    public OrderReading {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        terms = List.copyOf(terms);
    }

    public Optional<ReadField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public String value(String name) {
        ReadField f = fields.get(name);
        return f == null ? null : f.value();
    }

    public List<String> termTexts() {
        return terms.stream().map(ReadField::value).toList();
    }
}
