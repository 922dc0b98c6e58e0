package org.nmoregister.breaches.crime;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nmoregister.breaches.check.OtherOffence;
import org.nmoregister.orders.OrderType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crime classifications for breaches and the offences they disclose, and the crime-recording target. Plain
 * Java, immutable, thread-safe; {@link #read} checks the whole file (unique codes, known order types and prompts, a
 * basis for every confirmed Home Office class) and names every problem.
 */
public final class CrimeClassifications {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) // an absent flag is false
            .build();
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** Counting Rules classes: 8L, 3B, 105A, 58C, 4/1. */
    private static final Pattern HOME_OFFICE_CLASS = Pattern.compile("[0-9]{1,3}[A-Z]?(/[0-9]{1,3})?");

    private final String version;
    private final String source;
    private final Duration recordingTarget;
    private final Map<String, CrimeClassification> byCode;
    private final Map<OrderType, CrimeClassification> byOrderType;

    private CrimeClassifications(String version, String source, Duration recordingTarget,
                                 List<CrimeClassification> classifications) {
        this.version = version;
        this.source = source;
        this.recordingTarget = recordingTarget;
        var codes = new LinkedHashMap<String, CrimeClassification>();
        var types = new EnumMap<OrderType, CrimeClassification>(OrderType.class);
        for (CrimeClassification c : classifications) {
            codes.put(c.code(), c);
            c.breachOf().forEach(type -> types.put(type, c));
        }
        this.byCode = java.util.Collections.unmodifiableMap(codes);
        this.byOrderType = java.util.Collections.unmodifiableMap(types);
    }

    record File(String version, String source, List<CrimeClassification> classifications) {
    }

    /**
     * Reads and checks a classifications file.
     *
     * @param in              the JSON file (not closed here)
     * @param origin          where it came from, for messages
     * @param recordingTarget how long after a report the crime should be recorded; must be positive
     * @throws InvalidClassificationsException naming every problem
     */
    public static CrimeClassifications read(InputStream in, String origin, Duration recordingTarget) {
        File file;
        try {
            file = JSON.readValue(in, File.class);
        } catch (JacksonException e) {
            throw new InvalidClassificationsException(origin, List.of("it is not a classifications file: "
                    + e.getOriginalMessage()), e);
        }
        var problems = new ArrayList<String>();
        if (recordingTarget == null || recordingTarget.isNegative() || recordingTarget.isZero()) {
            problems.add("the crime-recording target must be a positive duration, like PT24H");
        }
        if (file == null) {
            throw new InvalidClassificationsException(origin, List.of("the file is empty"), null);
        }
        if (blank(file.version())) {
            problems.add("version is missing");
        }
        if (blank(file.source())) {
            problems.add("source is missing");
        }
        List<CrimeClassification> list = file.classifications() == null ? List.of() : file.classifications();
        if (list.isEmpty()) {
            problems.add("there are no classifications");
        }
        var codes = new HashSet<String>();
        var breachTypes = new HashSet<OrderType>();
        for (CrimeClassification c : list) {
            if (c == null) {
                problems.add("a classification is empty");
                continue;
            }
            String name = c.code() == null ? "(no code)" : c.code();
            if (blank(c.code()) || !CODE.matcher(c.code()).matches()) {
                problems.add(name + ": the code must be capital letters, digits and underscores");
            } else if (!codes.add(c.code())) {
                problems.add(name + ": the code is used twice");
            }
            if (blank(c.title())) {
                problems.add(name + ": title is missing");
            }
            if (blank(c.legislation())) {
                problems.add(name + ": legislation is missing");
            }
            if (c.homeOfficeClass() != null && !HOME_OFFICE_CLASS.matcher(c.homeOfficeClass()).matches()) {
                problems.add(name + ": " + c.homeOfficeClass() + " is not a Counting Rules class like 8L or 105A");
            }
            if (c.homeOfficeClass() == null && c.homeOfficeTitle() != null) {
                problems.add(name + ": a Home Office title needs its class");
            }
            if (c.confirmed() && (c.homeOfficeClass() == null || blank(c.basis()))) {
                problems.add(name + ": a confirmed class needs the class and the basis it was confirmed on");
            }
            for (OrderType type : c.breachOf()) {
                if (!breachTypes.add(type)) {
                    problems.add(name + ": the breach of " + type + " is already classified");
                }
                if (!type.breachIsOffence()) {
                    problems.add(name + ": the breach of " + type + " is not an offence");
                }
            }
            if (c.isBreachOffence() && c.considers() != null) {
                problems.add(name + ": a breach offence does not answer a prompt to consider another offence");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidClassificationsException(origin, problems, null);
        }
        return new CrimeClassifications(file.version(), file.source(), recordingTarget, list);
    }

    /** Reads a file from a source that may fail to open, closing it. */
    public static CrimeClassifications read(Opener opener, String origin, Duration recordingTarget) {
        try (InputStream in = opener.open()) {
            return read(in, origin, recordingTarget);
        } catch (IOException e) {
            throw new InvalidClassificationsException(origin, List.of("it cannot be read: " + e.getMessage()), e);
        }
    }

    /** Opens a stream that may fail. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** Every classification, in the file's order. */
    public List<CrimeClassification> list() {
        return List.copyOf(byCode.values());
    }

    /** The classification with this code. */
    public Optional<CrimeClassification> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** The offence of breaching an order of this type; empty when its breach is not classified (or not an offence). */
    public Optional<CrimeClassification> breachOf(OrderType type) {
        return Optional.ofNullable(byOrderType.get(Objects.requireNonNull(type, "type")));
    }

    /** The classifications that answer the breach check's prompt to consider another offence. */
    public List<CrimeClassification> considering(OtherOffence offence) {
        return byCode.values().stream().filter(c -> c.considers() == offence).toList();
    }

    /** How long after a report the crime should be recorded (nmo.breaches.crime-recording-target, default 24 hours). */
    public Duration recordingTarget() {
        return recordingTarget;
    }

    public String version() {
        return version;
    }

    public String source() {
        return source;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
