package org.nmoregister.safeguarding.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.safeguarding.rules.CoverageArea;
import org.nmoregister.safeguarding.rules.DistrictFinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A force's districts and the postcode areas they cover: read to find an order's district, listed by the API,
 * replaced from a CSV and edited by an administrator; and which district a neighbourhood officer works in.
 */
@Service
public class Districts {

    static final int NAME_LIMIT = 200;
    static final int CODE_LIMIT = 80;
    static final int EMAIL_LIMIT = 200;
    static final int AREAS_LIMIT = 500;
    static final int CSV_ROWS_LIMIT = 20_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Districts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The force's districts by name, each with its areas. */
    @Transactional(readOnly = true)
    public List<District> of(UUID forceId) {
        Map<UUID, List<String>> areas = new LinkedHashMap<>();
        jdbc.query("select district_id, area from district_coverage where force_id = ? order by area",
                rs -> {
                    areas.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                }, forceId);
        return jdbc.query("select id, code, name, team_email, supervisor_email from district where force_id = ? "
                        + "order by name", (rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<String> covered = new ArrayList<>(areas.getOrDefault(id, List.of()));
                    covered.sort(Comparator.comparing((String a) -> CoverageArea.parse(a).map(CoverageArea::outward)
                            .map(Districts::sortKey).orElse(a)).thenComparing(a -> a));
                    return new District(id, forceId, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), List.copyOf(covered));
                }, forceId);
    }

    /** A district of the force, or not found (another force's district is not found). */
    @Transactional(readOnly = true)
    public District get(UUID forceId, UUID id) {
        return of(forceId).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("district"));
    }

    /** The force's district with this code, if any. */
    @Transactional(readOnly = true)
    public Optional<District> byCode(UUID forceId, String code) {
        return of(forceId).stream().filter(d -> d.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }

    /** The district of any id, whatever its force (for listeners and sweeps, which act for every force). */
    @Transactional(readOnly = true)
    Optional<District> anyForce(UUID id) {
        List<UUID> force = jdbc.queryForList("select force_id from district where id = ?", UUID.class, id);
        return force.isEmpty() ? Optional.empty() : Optional.of(get(force.get(0), id));
    }

    /** Finds districts for the force's postcodes. */
    @Transactional(readOnly = true)
    public DistrictFinder<UUID> finder(UUID forceId) {
        Map<CoverageArea, UUID> coverage = new LinkedHashMap<>();
        jdbc.query("select area, district_id from district_coverage where force_id = ?", rs -> {
            CoverageArea.parse(rs.getString(1)).ifPresent(a -> {
                try {
                    coverage.put(a, rs.getObject(2, UUID.class));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }, forceId);
        return new DistrictFinder<>(coverage);
    }

    /**
     * Sets a district's name, e-mail addresses and the areas it covers (replacing those it had). An area another
     * district covers is refused, naming it, so no postcode is in two districts; nothing is changed on any error.
     */
    @Transactional
    public void edit(UUID forceId, UUID id, String name, String teamEmail, String supervisorEmail, String areasText) {
        District district = get(forceId, id);
        List<FieldError> errors = new ArrayList<>();
        String cleanName = checkName(name, errors);
        String team = checkEmail("teamEmail", teamEmail, errors);
        String supervisor = checkEmail("supervisorEmail", supervisorEmail, errors);
        Set<String> areas = new LinkedHashSet<>();
        if (areasText != null && areasText.length() > AREAS_LIMIT * 10) {
            errors.add(new FieldError("areas", "must be at most " + AREAS_LIMIT * 10 + " characters"));
        } else if (areasText != null) {
            for (String part : areasText.split("[,;\\n\\r]+")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<CoverageArea> area = CoverageArea.parse(part);
                if (area.isEmpty()) {
                    errors.add(new FieldError("areas", "\u201c" + shorten(part.strip()) + "\u201d is not a postcode "
                            + "district (like LS6) or sector (like LS6 2)"));
                } else {
                    areas.add(area.get().toString());
                }
            }
            if (areas.size() > AREAS_LIMIT) {
                errors.add(new FieldError("areas", "must list at most " + AREAS_LIMIT + " areas"));
            }
        }
        Map<String, String> takenBy = new LinkedHashMap<>();
        jdbc.query("select c.area, d.name from district_coverage c join district d on d.id = c.district_id "
                + "where c.force_id = ? and c.district_id <> ?", rs -> {
                    takenBy.put(rs.getString(1), rs.getString(2));
                }, forceId, id);
        for (String area : areas) {
            if (takenBy.containsKey(area)) {
                errors.add(new FieldError("areas", area + " is already covered by " + takenBy.get(area)
                        + "; take it out of that district first"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        jdbc.update("update district set name = ?, team_email = ?, supervisor_email = ? where id = ?", cleanName,
                team, supervisor, district.id());
        jdbc.update("delete from district_coverage where district_id = ?", district.id());
        for (String area : areas) {
            jdbc.update("insert into district_coverage (force_id, area, district_id) values (?, ?, ?)", forceId, area,
                    district.id());
        }
    }

    /** What a CSV import did. */
    public record Imported(int districtsMade, int areas) {
    }

    /**
     * Replaces the force's coverage with a CSV's: columns {@code district} (the district's name), {@code area} (a
     * postcode district or sector) and optionally {@code code}; a district not yet known is made. Every row is
     * checked first and any error refuses the whole file, naming the row, so the force is never left half-covered.
     */
    @Transactional
    public Imported importCsv(UUID forceId, Reader csv) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> areaToDistrict = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(true).setCommentMarker('#').get().parse(csv);
            Map<String, Integer> header = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.strip().toLowerCase(Locale.ROOT), v));
            if (!header.containsKey("district") || !header.containsKey("area")) {
                throw new InvalidRequestException("file", "the first line must name the columns district and area "
                        + "(and optionally code)");
            }
            int rows = 0;
            for (CSVRecord record : parser) {
                rows++;
                String row = "row " + (record.getRecordNumber() + 1);
                if (rows > CSV_ROWS_LIMIT) {
                    errors.add(new FieldError("file", "has more than " + CSV_ROWS_LIMIT + " rows"));
                    break;
                }
                String name = value(record, header.get("district"));
                String areaText = value(record, header.get("area"));
                String code = header.containsKey("code") ? value(record, header.get("code")) : null;
                if (name == null || name.isBlank()) {
                    errors.add(new FieldError("file", row + ": the district is missing"));
                    continue;
                }
                if (name.strip().length() > NAME_LIMIT) {
                    errors.add(new FieldError("file", row + ": the district's name is longer than " + NAME_LIMIT
                            + " characters"));
                    continue;
                }
                Optional<CoverageArea> area = CoverageArea.parse(areaText);
                if (area.isEmpty()) {
                    errors.add(new FieldError("file", row + ": \u201c" + shorten(areaText == null ? "" : areaText)
                            + "\u201d is not a postcode district (like LS6) or sector (like LS6 2)"));
                    continue;
                }
                String key = name.strip();
                String previous = areaToDistrict.putIfAbsent(area.get().toString(), key);
                if (previous != null && !previous.equals(key)) {
                    errors.add(new FieldError("file", row + ": " + area.get() + " is given to both " + previous
                            + " and " + key));
                }
                if (code != null && !code.isBlank()) {
                    String c = code.strip().toLowerCase(Locale.ROOT);
                    if (c.length() > CODE_LIMIT || !CODE.matcher(c).matches()) {
                        errors.add(new FieldError("file", row + ": the code must be letters, digits and hyphens, "
                                + "at most " + CODE_LIMIT));
                    } else {
                        codes.putIfAbsent(key, c);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRequestException("file", "is not a CSV file that can be read: " + e.getMessage());
        }
        if (areaToDistrict.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("file", "has no rows"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() > 50 ? errors.subList(0, 50) : errors);
        }
        Map<String, UUID> byName = new LinkedHashMap<>();
        of(forceId).forEach(d -> byName.put(d.name().toLowerCase(Locale.ROOT), d.id()));
        int made = 0;
        for (String name : new LinkedHashSet<>(areaToDistrict.values())) {
            if (!byName.containsKey(name.toLowerCase(Locale.ROOT))) {
                UUID id = UUID.randomUUID();
                String code = uniqueCode(forceId, codes.getOrDefault(name, slug(name)));
                jdbc.update("insert into district (id, force_id, code, name) values (?, ?, ?, ?)", id, forceId, code,
                        name);
                byName.put(name.toLowerCase(Locale.ROOT), id);
                made++;
            }
        }
        jdbc.update("delete from district_coverage where force_id = ?", forceId);
        areaToDistrict.forEach((area, name) -> jdbc.update(
                "insert into district_coverage (force_id, area, district_id) values (?, ?, ?)", forceId, area,
                byName.get(name.toLowerCase(Locale.ROOT))));
        return new Imported(made, areaToDistrict.size());
    }

    /** Makes a district with no coverage (tests, demo, the administrator's "add a district"). */
    @Transactional
    public District create(UUID forceId, String name) {
        List<FieldError> errors = new ArrayList<>();
        String clean = checkName(name, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.update("insert into district (id, force_id, code, name) values (?, ?, ?, ?)", id, forceId,
                uniqueCode(forceId, slug(clean)), clean);
        return get(forceId, id);
    }

    /** The district a neighbourhood officer works in, if they have one. */
    @Transactional(readOnly = true)
    public Optional<UUID> officersDistrict(String username) {
        return jdbc.queryForList("select district_id from district_officer where lower(username) = lower(?)",
                UUID.class, username).stream().findFirst();
    }

    /** Puts a neighbourhood officer in a district (moving them from any other). */
    @Transactional
    public void assignOfficer(String username, UUID districtId) {
        jdbc.update("insert into district_officer (username, district_id) values (?, ?) on conflict (username) "
                + "do update set district_id = excluded.district_id", username.strip().toLowerCase(Locale.ROOT),
                districtId);
    }

    /** The district the point of contact chose for an order with no postcode in a district, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> chosenFor(UUID orderId) {
        return jdbc.queryForList("select district_id from order_district_choice where order_id = ?", UUID.class,
                orderId).stream().findFirst();
    }

    /** Keeps the point of contact's choice of the order's district for later versions. */
    @Transactional
    public void choose(UUID orderId, UUID forceId, UUID districtId, String actor) {
        jdbc.update("insert into order_district_choice (order_id, force_id, district_id, chosen_by, chosen_at) "
                + "values (?, ?, ?, ?, ?) on conflict (order_id) do update set district_id = excluded.district_id, "
                + "chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at", orderId, forceId, districtId,
                actor, java.sql.Timestamp.from(clock.instant()));
    }

    private String uniqueCode(UUID forceId, String wanted) {
        String base = wanted.isEmpty() ? "district" : wanted.length() > CODE_LIMIT - 4 ? wanted.substring(0,
                CODE_LIMIT - 4) : wanted;
        String code = base;
        for (int i = 2; jdbc.queryForObject("select count(*) from district where force_id = ? and code = ?",
                Integer.class, forceId, code) > 0; i++) {
            code = base + "-" + i;
        }
        return code;
    }

    static String slug(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** "LS6" before "LS10": the letters, then the number, then any sub-district letter. */
    private static String sortKey(String outward) {
        var m = Pattern.compile("^([A-Z]+)([0-9]+)(.*)$").matcher(outward);
        return m.matches() ? m.group(1) + String.format("%03d", Integer.parseInt(m.group(2))) + m.group(3) : outward;
    }

    private static String checkName(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Enter the district's name"));
            return null;
        }
        if (name.strip().length() > NAME_LIMIT) {
            errors.add(new FieldError("name", "must be at most " + NAME_LIMIT + " characters"));
        }
        return name.strip();
    }

    private static String checkEmail(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > EMAIL_LIMIT) {
            errors.add(new FieldError(field, "must be at most " + EMAIL_LIMIT + " characters"));
        } else if (!EMAIL.matcher(clean).matches()) {
            errors.add(new FieldError(field, "Enter an e-mail address like team@force.police.uk"));
        }
        return clean;
    }

    private static String value(CSVRecord record, Integer index) {
        return index == null || index >= record.size() ? null : record.get(index);
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "\u2026" : text;
    }
}
