package org.nmoregister.quality.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.quality.LiaisonKind;

/**
 * Writes the text of a request to a court from the order and its findings, in the plain terms a court office can
 * act on: which order, what is missing or unclear, and what the police need instead.
 */
final class LiaisonLetters {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(java.time.ZoneId.of("Europe/London"));

    private LiaisonLetters() {
    }

    static String body(LiaisonKind kind, OrderDetails order, List<StoredFinding> findings, String forceName,
                       String pointOfContact, Instant dueAt, String extra) {
        StringBuilder text = new StringBuilder();
        text.append("Dear Court Manager,\n\n");
        text.append("Re: ").append(order.orderType() == null ? "Protective order" : order.orderType().label())
                .append(", case number ").append(order.caseNumber()).append(", made ")
                .append(order.madeAt() == null ? "(date not known)" : WHEN.format(order.madeAt())).append("\n");
        text.append("Applicant: ").append(order.applicant() == null ? "not known" : order.applicant().name())
                .append("; respondent: ").append(order.respondent() == null ? "not known" : order.respondent().name())
                .append("\n\n");
        switch (kind) {
            case MISSING_DATA -> {
                text.append(forceName).append(" has been notified of this order, but our record of it is "
                        + "incomplete. So that officers can identify the parties and enforce the order, please "
                        + "send us:\n");
                findings.stream().filter(f -> !isWording(f)).forEach(f -> text.append(" - ").append(f.message()).append("\n"));
            }
            case CLARIFY_WORDING -> {
                text.append("Some of the order's terms may be too unspecific for the police to enforce. Could the "
                        + "court confirm or clarify the following:\n");
                findings.stream().filter(LiaisonLetters::isWording).forEach(f -> text.append(" - ")
                        .append(f.clauseIndex() == null ? "" : "Clause " + f.clauseIndex() + ": ")
                        .append(f.message()).append("\n"));
            }
            case CONFIRM_CURRENT -> text.append("Our record shows a return hearing on ")
                    .append(order.returnHearing() == null || order.returnHearing().at() == null ? "a date now passed"
                            : WHEN.format(order.returnHearing().at()))
                    .append(". We have not been told its outcome. Please confirm whether the order was continued, "
                            + "varied, extended or discharged, and send a copy of any new order (FL404A/FL404B).\n");
            case CONFIRM_SERVICE -> text.append("Our record does not show that the respondent has been served with "
                    + "the order or made aware of it. The order binds the respondent only once served or made aware. "
                    + "Please confirm whether, when and how it was served, and send the statement of service.\n");
        }
        if (extra != null && !extra.isBlank()) {
            text.append("\n").append(extra.strip()).append("\n");
        }
        text.append("\nPlease reply by ").append(WHEN.format(dueAt)).append(".\n\n");
        text.append("Yours faithfully,\n").append(pointOfContact).append("\nProtective orders single point of contact, ")
                .append(forceName).append("\n");
        return text.toString();
    }

    static String reminder(String originalBody, int reminderNumber, Instant raisedAt) {
        return "Reminder " + reminderNumber + ": we wrote on " + WHEN.format(raisedAt)
                + " and have not yet had a reply. Our request is repeated below.\n\n" + originalBody;
    }

    /** Findings about the wording (a clause), as opposed to missing order details. */
    static boolean isWording(StoredFinding finding) {
        return finding.clauseIndex() != null || WORDING_CODES.contains(finding.code());
    }

    private static final List<String> WORDING_CODES = List.of("VAGUE_PROHIBITION", "NO_INDIRECT_CONTACT",
            "NO_THIRD_PARTY_CLAUSE", "PROXIMITY_WITHOUT_DISTANCE", "PLACE_NOT_IDENTIFIED", "OVERBROAD_AREA",
            "NO_CHILD_ARRANGEMENTS_EXCEPTION", "UNDEFINED_HOURS", "UNCLASSIFIED_TERM");
}
