package org.nmoregister.retention.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.retention.HeldRecord;

/**
 * Which parts of a subject access export would reveal someone else, and why (DPA 2018 s.45(4): a controller may
 * restrict access to protect the rights of others). Plain Java.
 *
 * <p>A field about the case (court, dates, outcomes) is released. A field about the person who asked (recorded
 * under one of their names in that case) is released, except that a confidential (C8) detail is marked when the person
 * is the respondent in that case (a respondent must not learn a protected address, even a shared home marked C8). A
 * field about another party, or a third party (a witness, a reporter, someone present), is marked; another party's
 * confidential detail is marked with that reason.
 */
public final class Redaction {

    public static final String ANOTHER_PARTY = "Would reveal another party";
    public static final String ANOTHER_PARTY_C8 = "Another party's confidential (C8) details";
    public static final String THIRD_PARTY = "Would reveal a third party";
    public static final String SEVERAL = "Free text that may name others: redact them by hand";
    public static final String WITHHELD_FROM_RESPONDENT = "Confidential (C8) detail withheld from the respondent";

    private Redaction() {
    }

    /**
     * The person who asked, as the register knows them in each case.
     *
     * @param names the person keys ({@link HeldRecord#person}) of their names and aliases in each case
     * @param roles their roles in each case
     */
    public record Requester(Map<UUID, Set<String>> names, Map<UUID, Set<String>> roles) {
    }

    /** Why the field must be redacted before release, or null when it may be released. */
    public static String reason(HeldRecord.Field field, UUID orderId, Requester requester) {
        if (field.concerns() == null) {
            return field.confidential() ? ANOTHER_PARTY_C8 : null;
        }
        if (HeldRecord.THIRD_PARTY.equals(field.concerns())) {
            return THIRD_PARTY;
        }
        if (HeldRecord.SEVERAL.equals(field.concerns())) {
            return field.confidential() ? ANOTHER_PARTY_C8 : SEVERAL;
        }
        if (requester.names().getOrDefault(orderId, Set.of()).contains(field.concerns())) {
            boolean respondent = requester.roles().getOrDefault(orderId, Set.of()).contains("RESPONDENT");
            return field.confidential() && respondent ? WITHHELD_FROM_RESPONDENT : null;
        }
        return field.confidential() ? ANOTHER_PARTY_C8 : ANOTHER_PARTY;
    }
}
