package org.nmoregister.retention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.retention.FactKind;
import org.nmoregister.retention.PartyFact;
import org.nmoregister.retention.PersonalRecords;
import org.nmoregister.retention.Rectification;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right to rectification (DPA 2018 s.46). A supervisor records who asked to have which recorded fact put right,
 * the value held and the corrected value, and decides: rectify (the module that holds the fact records the correction
 * its own way, through {@link PersonalRecords#rectify}) or, where the accuracy is contested and cannot be settled,
 * restrict (s.46(4): the module marks the fact contested so every view of it says so). The decision, who, when and
 * why are kept in {@code rectification}, and written to the access log.
 */
@Service
public class Rectifications {

    static final int MAX_NAME = 300;
    static final int MAX_VALUE = 500;
    static final int MAX_REASON = 2000;
    static final int MAX_REQUESTED_BY = 300;
    static final Set<String> ROLES = Set.of("APPLICANT", "RESPONDENT", "PROTECTED_PERSON", "CHILD");

    /** What the supervisor decided. */
    public enum Decision {
        /** The record is corrected. */
        RECTIFY,
        /** The accuracy is contested and cannot be settled: the fact is marked contested (s.46(4)). */
        RESTRICT
    }

    /** A decision as kept. */
    public record RectificationView(UUID id, UUID orderId, String holder, String role, String personName,
                                    FactKind fact, String heldValue, String correctedValue, String reason,
                                    String requestedBy, String decision, String outcome, String decidedBy,
                                    Instant decidedAt) {
    }

    private final List<PersonalRecords> holders;
    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final AccessLog accessLog;
    private final Clock clock;

    Rectifications(List<PersonalRecords> holders, JdbcTemplate jdbc, CurrentUsers users, AccessLog accessLog,
                   Clock clock) {
        this.holders = holders;
        this.jdbc = jdbc;
        this.users = users;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The facts of the case's parties that may be rectified, as now held; not found for another force's case. */
    @Transactional
    public List<PartyFact> facts(UUID orderId) {
        var user = users.require();
        List<PartyFact> facts = new ArrayList<>();
        for (PersonalRecords holder : holders) {
            facts.addAll(holder.rectifiableFacts(orderId, user.forceId()));
        }
        accessLog.record(AccessAction.VIEW, "order", orderId.toString(), null,
                "The parties' names, dates of birth and addresses read to answer a request for rectification");
        return facts;
    }

    /** Records the request and the decision; the module holding the fact records the correction or restriction. */
    @Transactional
    public RectificationView decide(Rectification request, Decision decision) {
        var user = users.require();
        validate(request, decision);
        Rectification r = new Rectification(request.orderId(), request.role(), request.personName().strip(),
                request.fact(), request.heldValue(), blankToNull(request.correctedValue()), request.reason().strip(),
                request.requestedBy().strip());
        String outcome = null;
        String holderName = null;
        for (PersonalRecords holder : holders) {
            Optional<String> done = decision == Decision.RECTIFY ? holder.rectify(r, user.forceId())
                    : holder.restrict(r, user.forceId());
            if (done.isPresent()) {
                outcome = done.get();
                holderName = holder.holder();
                break;
            }
        }
        if (outcome == null) {
            throw new NotFoundException("No record of your force holds that fact");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String decided = decision == Decision.RECTIFY ? "RECTIFIED" : "RESTRICTED";
        jdbc.update("""
                insert into rectification (id, force_id, order_id, holder, party_role, person_name, fact, held_value,
                    corrected_value, reason, requested_by, decision, outcome, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, user.forceId(), r.orderId(), holderName,
                r.role(), r.personName(), r.fact().name(), r.heldValue(), r.correctedValue(), r.reason(),
                r.requestedBy(), decided, outcome, user.username(), Timestamp.from(now));
        accessLog.record(AccessAction.CHANGE, "order", r.orderId().toString(), null, "Rectification (DPA 2018"
                + " s.46) of the " + r.role().toLowerCase().replace('_', ' ') + "'s " + r.fact().words()
                + ", asked by " + r.requestedBy() + ": " + (decision == Decision.RECTIFY
                ? "rectified, " + outcome : "restricted as contested (s.46(4)), " + outcome) + ". Reason: "
                + r.reason());
        return new RectificationView(id, r.orderId(), holderName, r.role(), r.personName(), r.fact(), r.heldValue(),
                r.correctedValue(), r.reason(), r.requestedBy(), decided, outcome, user.username(), now);
    }

    /** The decisions on the case's facts, newest first (the force's only). */
    @Transactional
    public List<RectificationView> forCase(UUID orderId) {
        var user = users.require();
        List<RectificationView> rows = jdbc.query("select * from rectification where force_id = ? and order_id = ?"
                + " order by decided_at desc", (rs, n) -> new RectificationView(rs.getObject("id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("holder"), rs.getString("party_role"),
                rs.getString("person_name"), FactKind.valueOf(rs.getString("fact")), rs.getString("held_value"),
                rs.getString("corrected_value"), rs.getString("reason"), rs.getString("requested_by"),
                rs.getString("decision"), rs.getString("outcome"), rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant()), user.forceId(), orderId);
        if (!rows.isEmpty()) {
            accessLog.record(AccessAction.VIEW, "order", orderId.toString(), null,
                    "Rectification decisions of the case read (" + rows.size() + ")");
        }
        return rows;
    }

    private static void validate(Rectification r, Decision decision) {
        List<FieldError> errors = new ArrayList<>();
        if (r.orderId() == null) {
            errors.add(new FieldError("orderId", "is required: the case whose record holds the fact"));
        }
        if (r.role() == null || !ROLES.contains(r.role())) {
            errors.add(new FieldError("role", "must be the party's part: APPLICANT, RESPONDENT, PROTECTED_PERSON or"
                    + " CHILD"));
        }
        text("personName", r.personName(), MAX_NAME, "Enter the person's name as recorded", errors);
        if (r.fact() == null) {
            errors.add(new FieldError("fact", "Choose the fact to be put right"));
        }
        text("heldValue", r.heldValue(), MAX_VALUE, "Enter the value the record holds", errors);
        if (decision == Decision.RECTIFY || r.correctedValue() != null && !r.correctedValue().isBlank()) {
            text("correctedValue", r.correctedValue(), MAX_VALUE, "Enter what the record should say", errors);
        }
        text("reason", r.reason(), MAX_REASON, "Enter the reason for the decision", errors);
        text("requestedBy", r.requestedBy(), MAX_REQUESTED_BY, "Enter who asked, and how", errors);
        if (decision == null) {
            errors.add(new FieldError("decision", "Choose whether to rectify the record or restrict it as contested"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void text(String field, String value, int max, String missing, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, missing));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
