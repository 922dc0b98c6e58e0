package org.nmoregister.terms.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ClauseType;
import org.nmoregister.terms.ReadClauses;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored shape of a reading, version {@value #SHAPE} (docs/terms.md, "Stored readings"). Its own records, not
 * {@link Clause} and not the draft checker's API response, so that a change to either cannot silently change what is
 * stored, and its own mapper, so that the application's JSON settings cannot either. Reading is strict: an unknown
 * shape, field or value is refused, never read in part.
 */
public final class StoredClauses {

    public static final int SHAPE = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    record Shape(int shape, int parser, List<StoredClause> clauses) {
    }

    record StoredClause(int index, int paragraph, String text, String type, List<StoredProtected> protects,
                        List<String> channels, boolean direct, boolean indirect, boolean coversOthersActing,
                        List<StoredPlace> places, Integer distanceMetres, List<String> timeLimits,
                        List<StoredException> exceptions, List<StoredSpan> spans) {
    }

    record StoredProtected(String party, List<String> names) {
    }

    record StoredPlace(String kind, String address) {
    }

    record StoredException(String kind, String text) {
    }

    record StoredSpan(String attribute, int start, int end) {
    }

    private StoredClauses() {
    }

    public static String write(ReadClauses read) {
        List<StoredClause> out = new ArrayList<>();
        for (Clause c : read.clauses()) {
            out.add(new StoredClause(c.index(), read.paragraphOf(c), c.text(), c.type().name(),
                    c.protects().stream().map(p -> new StoredProtected(p.party().name(), p.names())).toList(),
                    c.channels().stream().map(Enum::name).toList(), c.direct(), c.indirect(),
                    c.coversOthersActing(),
                    c.places().stream().map(p -> new StoredPlace(p.kind().name(), p.address())).toList(),
                    c.distanceMetres(), c.timeLimits(),
                    c.exceptions().stream().map(e -> new StoredException(e.kind().name(), e.text())).toList(),
                    c.spans().stream().map(s -> new StoredSpan(s.attribute(), s.start(), s.end())).toList()));
        }
        return JSON.writeValueAsString(new Shape(SHAPE, read.parserVersion(), out));
    }

    public static ReadClauses read(String json) {
        Shape shape = JSON.readValue(json, Shape.class);
        if (shape.shape() != SHAPE) {
            throw new IllegalStateException("Stored clauses are in shape " + shape.shape() + "; this code reads shape "
                    + SHAPE);
        }
        List<Clause> clauses = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        for (StoredClause c : list(shape.clauses())) {
            var channels = EnumSet.noneOf(Clause.Channel.class);
            list(c.channels()).forEach(ch -> channels.add(Clause.Channel.valueOf(ch)));
            clauses.add(new Clause(c.index(), c.text(), ClauseType.valueOf(c.type()),
                    list(c.protects()).stream().map(p -> new Clause.Protected(Clause.Party.valueOf(p.party()),
                            list(p.names()))).toList(),
                    channels, c.direct(), c.indirect(), c.coversOthersActing(),
                    list(c.places()).stream().map(p -> new Clause.Place(Clause.PlaceKind.valueOf(p.kind()),
                            p.address())).toList(),
                    c.distanceMetres(), list(c.timeLimits()),
                    list(c.exceptions()).stream().map(e -> new Clause.Exception(
                            Clause.ExceptionKind.valueOf(e.kind()), e.text())).toList(),
                    list(c.spans()).stream().map(s -> new Clause.Span(s.attribute(), s.start(), s.end())).toList()));
            paragraphs.add(c.paragraph());
        }
        return new ReadClauses(shape.parser(), clauses, paragraphs);
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }
}
