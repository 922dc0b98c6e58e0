package org.nmoregister.orders;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Something that happened to an order, as whoever tells the register states it. {@link OrderRegister#record} finds the
 * order it belongs to, decides what kind of change it is, merges it onto the version in force and records the result:
 * the one way an order changes, whichever door the news came in by.
 */
public sealed interface OrderChange {

    /** Said in the order's history beside the version (where it came from); at most 2000 characters. */
    String note();

    /**
     * A court's notice of an order (court feed, e-mail, document, or the point of contact entering what another body
     * told them): the order as the court now states it. The order is found by court, case number and order type in
     * the user's force; none held makes it a new order. {@code requested}, when given, is the kind the point of
     * contact chose instead of the one the register would offer.
     *
     * @param order the order as the notice states it; service it reports is in {@code order.service()}, a discharge
     *              in {@code order.dischargedAt()}
     */
    record CourtNotice(OrderDetails order, ChangeKind requested, String note) implements OrderChange {
    }

    /**
     * A change the point of contact records on an order already held (the order's page or API): a correction of a
     * recording mistake, or a court's variation, extension or discharge entered by hand. {@code edit} turns the
     * version in force into the new one; what it leaves alone is kept.
     */
    record Amendment(UUID orderId, ChangeKind kind, Instant effectiveFrom, UnaryOperator<OrderDetails> edit,
                     String note) implements OrderChange {
    }

    /**
     * One row of a bulk import of orders already made elsewhere (a legacy register): the order as made, then its
     * service and its discharge, each recorded as the next version. An order the force already holds is left as it
     * is (the import never overwrites the register).
     */
    record ImportedRow(OrderDetails order, ServiceRecord service, Instant dischargedAt, String note)
            implements OrderChange {
    }

    /** Service on, or awareness of, the respondent of an order already held. */
    record Service(UUID orderId, ServiceRecord service) implements OrderChange {
        @Override
        public String note() {
            return service == null ? null
                    : service.method() + (service.servedBy() == null ? "" : " by " + service.servedBy());
        }
    }
}
