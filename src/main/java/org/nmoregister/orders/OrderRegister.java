package org.nmoregister.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The orders module's public API. Every method is scoped to the signed-in user's force: an order of another force
 * is reported as not found. Changes are validated (400 with every field and reason) and written whole or not at all.
 */
public interface OrderRegister {

    /**
     * The one command by which an order changes, whatever door the news came in by (a court's notice, the point of
     * contact's amendment, a bulk-import row, a service record): finds the order it belongs to in the user's force,
     * decides what kind of change it is (made, variation, extension, discharge, service, correction), merges it onto
     * the version in force, validates the result with the register's one rule ({@link OrderRules}) and records it.
     *
     * @throws org.nmoregister.platform.InvalidRequestException with every field and reason when the change cannot
     *                                                          be recorded as it stands
     */
    RecordedChange record(OrderChange change);

    /**
     * What {@link #record} would do with this court's notice now, without recording it: the order already held for
     * its court, case number and order type, and the kind of change the notice most likely is. The point of contact
     * sees it in the queue before deciding. Comparing with a held order is written to the access log.
     */
    ChangeOffer offer(OrderChange.CourtNotice notice);

    /**
     * Records a new order (version 1) in the user's force. A step of {@link #record}; called directly only where an
     * order is set up whole (demonstration data, tests).
     *
     * @throws org.nmoregister.platform.InvalidRequestException when required details are missing or inconsistent
     * @throws org.nmoregister.platform.ConflictException       when the force already holds this court's order for
     *                                                           the case (add a version to it instead)
     */
    UUID create(OrderDetails details, String note);

    /** The order this court made in this case, if the user's force already holds it. */
    Optional<UUID> findExisting(String court, String caseNumber, OrderType orderType);

    /**
     * Records a change made by the court (variation, extension, discharge) or a correction, as a new version, with
     * the details already merged. A step of {@link #record}, which decides the kind and merges.
     */
    OrderSnapshot addVersion(UUID orderId, ChangeKind kind, Instant effectiveFrom, OrderDetails details, String note);

    /**
     * Records service on, or awareness of, the respondent, as a new version effective when it happened. A step of
     * {@link #record} (its {@link OrderChange.Service}).
     */
    OrderSnapshot recordService(UUID orderId, ServiceRecord service);

    /** The order as it stood at {@code at}; empty when it had not yet been made. Not logged: callers log. */
    Optional<OrderSnapshot> asAt(UUID orderId, Instant at);

    /** One version as recorded, judged now. Not logged: callers log. */
    Optional<OrderSnapshot> version(UUID orderId, int version);

    /** The latest version and the status now. Not logged: callers log. */
    OrderSnapshot current(UUID orderId);

    /**
     * {@link #current} for many orders at once, in two queries whatever their number: for a read model's build (the
     * lookup holds every live order). Orders the user's force does not hold are left out; the answer is in no
     * particular order. Not logged: callers log.
     */
    List<OrderSnapshot> currentOf(java.util.Collection<UUID> orderIds);

    /**
     * A user reading the order: as at {@code at} (now when null), written to the access log with the reason. Users
     * other than the force's point of contact must give a reason.
     *
     * @throws org.nmoregister.platform.ReasonRequiredException when a reason is needed and missing
     */
    Optional<OrderSnapshot> read(UUID orderId, Instant at, String reason);

    /**
     * A user consulting part of the order or what is derived from it ({@code what}: "markers", "quality assurance",
     * "liaison requests"): not found unless it is the user's force's, and written to the access log with the reason,
     * which users other than the point of contact must give, as for {@link #read}.
     *
     * @throws org.nmoregister.platform.ReasonRequiredException when a reason is needed and missing or not one a
     *                                                          supervisor can audit
     */
    void consult(UUID orderId, String what, String reason);

    List<OrderVersionSummary> history(UUID orderId);

    /** Orders of the user's force whose case number matches, ignoring case and spaces. */
    List<OrderSummary> findByCaseNumber(String caseNumber);

    /** Orders of the user's force where a party (respondent, protected person or child) has exactly this name or alias. */
    List<OrderSummary> findByPartyName(String name);

    /**
     * Page {@code page} (from 0, {@code size} a page) of the same, newest first, and how many there are in all: the
     * pages read one page at a time, with no cap on how many a common name finds.
     */
    NamePage findByPartyName(String name, int page, int size);

    /** A page of orders found by a party's name, and how many were found in all. */
    record NamePage(List<OrderSummary> orders, long total) {
    }
}
