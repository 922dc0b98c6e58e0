package org.nmoregister.intake.internal;

import java.util.List;
import java.util.Locale;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.platform.InvalidRequestException;

/**
 * The names intake's API has always used for the kind of change a notification makes, mapped to the register's
 * {@link ChangeKind}. Court feeds and clients written before the register owned every change read and send
 * {@code NEW_ORDER} and {@code SERVICE_CONFIRMATION}; those stay on the wire (API field {@code offeredChange}, and
 * accepted in {@code changeKind}), so no client breaks. The register's own names ({@code MADE}, {@code SERVICE}) are
 * accepted too.
 *
 * <table>
 *   <tr><th>intake API</th><th>{@link ChangeKind}</th></tr>
 *   <tr><td>NEW_ORDER</td><td>MADE</td></tr>
 *   <tr><td>SERVICE_CONFIRMATION</td><td>SERVICE</td></tr>
 *   <tr><td>VARIATION, EXTENSION, DISCHARGE</td><td>the same</td></tr>
 * </table>
 */
public final class ChangeKindNames {

    /** What a court's notice can be; a correction is made on the order's own page, never from a notice. */
    public static final List<ChangeKind> FOR_A_NOTICE = List.of(ChangeKind.MADE, ChangeKind.VARIATION,
            ChangeKind.EXTENSION, ChangeKind.DISCHARGE, ChangeKind.SERVICE);

    private ChangeKindNames() {
    }

    /** The name intake's API gives {@code kind}; null for null. */
    public static String wireName(ChangeKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case MADE -> "NEW_ORDER";
            case SERVICE -> "SERVICE_CONFIRMATION";
            default -> kind.name();
        };
    }

    /**
     * The kind a client or the page asked for: null when none was; the intake name or the register's.
     *
     * @throws InvalidRequestException naming {@code changeKind} for anything else
     */
    public static ChangeKind kind(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = name.strip().toUpperCase(Locale.ROOT);
        return switch (key) {
            case "NEW_ORDER", "MADE" -> ChangeKind.MADE;
            case "SERVICE_CONFIRMATION", "SERVICE" -> ChangeKind.SERVICE;
            case "VARIATION" -> ChangeKind.VARIATION;
            case "EXTENSION" -> ChangeKind.EXTENSION;
            case "DISCHARGE" -> ChangeKind.DISCHARGE;
            default -> throw new InvalidRequestException("changeKind", "'" + (name.length() > 40
                    ? name.substring(0, 40) + "…" : name) + "' is not one of NEW_ORDER, VARIATION, EXTENSION, "
                    + "DISCHARGE, SERVICE_CONFIRMATION");
        };
    }
}
