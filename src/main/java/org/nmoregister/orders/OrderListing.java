package org.nmoregister.orders;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.InvalidRequestException;

/**
 * The register as a list: the user's force's orders filtered, sorted and a page at a time, with how many there are in
 * all. Orders declares it so its API can answer {@code GET /api/v1/orders} without a name or case number; the reporting
 * module implements it over its read-only views (it alone sees quality assurance, breaches and districts together), so
 * orders depends on nothing new. Every page read is written to the access log, one consultation per row shown, and
 * every row is masked by {@link Confidentiality} before it is returned.
 */
public interface OrderListing {

    /** Page {@code query.page()} of the orders that match. */
    Page list(Query query);

    /**
     * What to list. Every filter is optional (null or false: not filtered).
     *
     * @param status           the status now
     * @param endingWithinDays orders not yet ended whose end falls within this many days from now
     * @param unserved         neither served nor made aware, and not ended
     * @param awaitingQuality  a version waiting for quality assurance (pending or queried)
     * @param withBreach       at least one breach reported against it
     * @param sort             the column to sort by
     * @param descending       newest or largest first
     * @param page             from 1
     * @param size             rows a page (1 to {@link #MAX_SIZE})
     */
    record Query(OrderStatus status, OrderType type, UUID districtId, String court, Integer endingWithinDays,
                 boolean unserved, boolean awaitingQuality, boolean withBreach, Sort sort, boolean descending,
                 int page, int size) {

        /** The longest look ahead for "ending within": ten years. */
        public static final int MAX_DAYS = 3650;

        /**
         * The query from request parameters as typed (page, API and export read the same words); a value that is not
         * one of the choices, or out of range, is a 400 naming its parameter.
         */
        public static Query parse(String status, String type, String district, String court, String endingWithinDays,
                                  String unserved, String awaitingQuality, String withBreach, String sort,
                                  String direction, String page, String size) {
            List<InvalidRequestException.FieldError> errors = new ArrayList<>();
            OrderStatus st = choice(OrderStatus.class, "status", status, errors);
            OrderType ty = choice(OrderType.class, "type", type, errors);
            UUID districtId = null;
            if (blank(district) != null) {
                try {
                    districtId = UUID.fromString(district.strip());
                } catch (IllegalArgumentException e) {
                    errors.add(new InvalidRequestException.FieldError("district", "must be one of the force's districts"));
                }
            }
            String courtName = blank(court);
            if (courtName != null && courtName.length() > 200) {
                errors.add(new InvalidRequestException.FieldError("court", "must be at most 200 characters"));
            }
            Integer days = number("endingWithinDays", endingWithinDays, 0, MAX_DAYS, errors);
            Sort so = choice(Sort.class, "sort", sort, errors);
            String dir = blank(direction);
            if (dir != null && !dir.equalsIgnoreCase("asc") && !dir.equalsIgnoreCase("desc")) {
                errors.add(new InvalidRequestException.FieldError("direction", "must be asc or desc"));
            }
            Integer pg = number("page", page, 1, Integer.MAX_VALUE / MAX_SIZE, errors);
            Integer sz = number("size", size, 1, MAX_SIZE, errors);
            boolean unservedOnly = flag("unserved", unserved, errors);
            boolean awaiting = flag("awaitingQuality", awaitingQuality, errors);
            boolean breach = flag("withBreach", withBreach, errors);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            Sort chosen = so == null ? Sort.MADE : so;
            boolean descending = dir == null ? chosen == Sort.MADE : dir.equalsIgnoreCase("desc");
            return new Query(st, ty, districtId, courtName, days, unservedOnly, awaiting, breach, chosen, descending,
                    pg == null ? 1 : pg, sz == null ? 25 : sz);
        }

        /** The same query for another page. */
        public Query onPage(int number, int rows) {
            return new Query(status, type, districtId, court, endingWithinDays, unserved, awaitingQuality, withBreach,
                    sort, descending, number, rows);
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static <E extends Enum<E>> E choice(Class<E> kind, String field, String value,
                                                    List<InvalidRequestException.FieldError> errors) {
            String v = blank(value);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(kind, v.toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidRequestException.FieldError(field, "must be one of "
                        + java.util.Arrays.stream(kind.getEnumConstants()).map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(", "))));
                return null;
            }
        }

        private static Integer number(String field, String value, int min, int max,
                                      List<InvalidRequestException.FieldError> errors) {
            String v = blank(value);
            if (v == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(new InvalidRequestException.FieldError(field, "must be a whole number from " + min + " to " + max));
            return null;
        }

        private static boolean flag(String field, String value, List<InvalidRequestException.FieldError> errors) {
            String v = blank(value);
            if (v == null || v.equalsIgnoreCase("false")) {
                return false;
            }
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("on")) {
                return true;
            }
            errors.add(new InvalidRequestException.FieldError(field, "must be true or false"));
            return false;
        }
    }

    /** The most rows a page (or an export) may ask for. */
    int MAX_SIZE = 100;

    enum Sort { MADE, ENDS, COURT, CASE_NUMBER, TYPE }

    /** One order in the list, as it stands now. */
    record Row(UUID orderId, String court, String caseNumber, OrderType orderType, String respondentName,
               String applicantName, Instant madeAt, Instant endsAt, OrderStatus status, boolean served,
               boolean awaitingQuality, int breaches, String district) {
    }

    /**
     * A page of the list. Counting every order of a large force on every page would cost more than the page, so the
     * count stops past {@link #COUNT_LIMIT} (or past the page asked for, when that is further): then {@code total} is
     * how many were counted and {@code totalExact} is false, meaning "more than {@code total}".
     */
    @Schema(description = "A page of the register")
    record Page(@Schema(description = "The orders on this page") List<Row> rows,
                @Schema(description = "How many orders the list has; when totalExact is false, the list has more "
                        + "than this (counting stops past 10,000 orders, or past the page asked for)")
                long total,
                @Schema(description = "True when total is the exact number of orders; false when the list has more "
                        + "than total (the page then reads \"more than\" and offers the next page)")
                boolean totalExact,
                @Schema(description = "This page's number, from 1") int page,
                @Schema(description = "Rows a page") int size) {
    }

    /** The count of a list stops past this many orders (see {@link Page}). */
    long COUNT_LIMIT = 10_000;
}
