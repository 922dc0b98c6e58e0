package org.nmoregister.retention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.retention.CaseParty;
import org.nmoregister.retention.HeldRecord;
import org.nmoregister.retention.PersonRef;
import org.nmoregister.retention.PersonalRecords;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's right of access (DPA 2018 s.45): everything the register holds about them in the force, gathered from
 * every module through {@link PersonalRecords}, with what would reveal someone else marked for redaction
 * ({@link Redaction}). Each search is kept ({@code subject_access_request}) and logged as a disclosure of every case
 * it found.
 */
@Service
public class SubjectAccess {

    static final int MAX_NAME = 200;
    static final int MAX_REFERENCE = 100;

    private final List<PersonalRecords> holders;
    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final AccessLog accessLog;
    private final Clock clock;

    SubjectAccess(List<PersonalRecords> holders, JdbcTemplate jdbc, CurrentUsers users, AccessLog accessLog,
                  Clock clock) {
        this.holders = holders;
        this.jdbc = jdbc;
        this.users = users;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A field as released or marked. */
    public record ExportField(String label, String value, String redact) {
    }

    public record ExportRecord(String holder, String recordKind, String kind, String reference, UUID caseId,
                               List<ExportField> fields) {
    }

    /** The person's part in a case, as found. */
    public record Party(UUID caseId, String role, String name) {
    }

    /** The answer to one request. */
    public record Export(UUID requestId, String reference, String personName, LocalDate dateOfBirth,
                         String forceCode, Instant madeAt, String madeBy, List<Party> parties,
                         List<ExportRecord> records, int redactedFields) {
    }

    /** Runs the search, keeps and logs it. */
    @Transactional
    public Export request(String reference, String name, LocalDate dateOfBirth) {
        var user = users.require();
        List<FieldError> errors = new ArrayList<>();
        text("reference", reference, MAX_REFERENCE, errors);
        text("name", name, MAX_NAME, errors);
        if (dateOfBirth != null && (dateOfBirth.isAfter(LocalDate.now(clock)) || dateOfBirth.getYear() < 1900)) {
            errors.add(new FieldError("dateOfBirth", "must be a date of birth between 1900 and today"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Export export = gather(UUID.randomUUID(), reference.strip(), name.strip(), dateOfBirth, user.forceId(),
                user.forceCode(), clock.instant(), user.username());
        Set<UUID> cases = new LinkedHashSet<>();
        export.parties().forEach(p -> cases.add(p.caseId()));
        jdbc.update("""
                insert into subject_access_request (id, force_id, reference, person_name, date_of_birth, requested_by,
                                                    requested_at, records_found, cases_found)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", export.requestId(), user.forceId(), export.reference(),
                export.personName(), dateOfBirth, user.username(), Timestamp.from(export.madeAt()),
                export.records().size(), cases.size());
        accessLog.record(AccessAction.SEARCH, "subject-access", export.requestId().toString(), export.reference(),
                "Subject access search for " + export.personName() + ": " + export.records().size()
                        + " records in " + cases.size() + " cases");
        for (UUID caseId : cases) {
            accessLog.record(AccessAction.DISCLOSE, "order", caseId.toString(), export.reference(),
                    "Gathered for subject access request " + export.requestId() + " (redactions marked)");
        }
        return export;
    }

    /** A request made earlier, gathered again as it now stands (for its PDF and JSON files). */
    @Transactional
    public Export again(UUID requestId) {
        var user = users.require();
        var rows = jdbc.query("select * from subject_access_request where id = ? and force_id = ?", (rs, n) ->
                new Object[] {rs.getString("reference"), rs.getString("person_name"),
                        rs.getObject("date_of_birth", LocalDate.class)}, requestId, user.forceId());
        if (rows.isEmpty()) {
            throw new NotFoundException("No subject access request " + requestId);
        }
        Object[] r = rows.get(0);
        Export export = gather(requestId, (String) r[0], (String) r[1], (LocalDate) r[2], user.forceId(),
                user.forceCode(), clock.instant(), user.username());
        accessLog.record(AccessAction.EXPORT, "subject-access", requestId.toString(), (String) r[0],
                "Subject access export: " + export.records().size() + " records");
        return export;
    }

    public record RequestSummary(UUID id, String reference, String personName, String requestedBy, Instant at,
                                 int records, int cases) {
    }

    @Transactional(readOnly = true)
    public List<RequestSummary> recent(int offset, int limit) {
        return jdbc.query("select * from subject_access_request where force_id = ? order by requested_at desc "
                        + "offset ? limit ?", (rs, n) -> new RequestSummary(rs.getObject("id", UUID.class),
                        rs.getString("reference"), rs.getString("person_name"), rs.getString("requested_by"),
                        rs.getTimestamp("requested_at").toInstant(), rs.getInt("records_found"),
                        rs.getInt("cases_found")), users.require().forceId(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countRecent() {
        Long n = jdbc.queryForObject("select count(*) from subject_access_request where force_id = ?", Long.class,
                users.require().forceId());
        return n == null ? 0 : n;
    }

    private Export gather(UUID requestId, String reference, String name, LocalDate dateOfBirth, UUID forceId,
                          String forceCode, Instant at, String by) {
        PersonRef person = new PersonRef(name, dateOfBirth);
        List<CaseParty> found = new ArrayList<>();
        for (PersonalRecords holder : holders) {
            found.addAll(holder.parties(person, forceId));
        }
        Map<UUID, Set<String>> names = new HashMap<>();
        Map<UUID, Set<String>> roles = new HashMap<>();
        for (CaseParty p : found) {
            names.computeIfAbsent(p.orderId(), k -> new HashSet<>()).add(HeldRecord.person(p.name()));
            roles.computeIfAbsent(p.orderId(), k -> new HashSet<>()).add(p.role());
        }
        // the name asked for is theirs in every case found, whatever form the record used
        names.values().forEach(set -> set.add(HeldRecord.person(name)));
        Redaction.Requester requester = new Redaction.Requester(names, roles);
        List<ExportRecord> records = new ArrayList<>();
        int redacted = 0;
        if (!names.isEmpty()) {
            for (PersonalRecords holder : holders) {
                for (HeldRecord held : holder.personalData(names.keySet(), forceId)) {
                    List<ExportField> fields = new ArrayList<>();
                    for (HeldRecord.Field f : held.fields()) {
                        if (f.value() == null || f.value().isBlank()) {
                            continue;
                        }
                        String why = Redaction.reason(f, held.orderId(), requester);
                        if (why != null) {
                            redacted++;
                        }
                        fields.add(new ExportField(f.label(), f.value(), why));
                    }
                    records.add(new ExportRecord(held.holder(), held.recordKind().label(), held.kind(),
                            held.reference(), held.orderId(), fields));
                }
            }
        }
        List<Party> parties = found.stream().map(p -> new Party(p.orderId(), p.role(), p.name())).distinct().toList();
        return new Export(requestId, reference, name, dateOfBirth, forceCode, at, by, parties, records, redacted);
    }

    private static void text(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
    }
}
