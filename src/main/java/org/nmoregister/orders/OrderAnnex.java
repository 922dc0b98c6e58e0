package org.nmoregister.orders;

/**
 * What another module knows about an order (its quality assurance, for one), shown with the order on its page and
 * in the API without the orders module depending on that module.
 */
public interface OrderAnnex {

    /** The property name in the API view and the key on the page, e.g. {@code qualityAssurance}. */
    String name();

    /** The annex for this order as the signed-in user may see it, or null when there is nothing to show. */
    Object describe(OrderSnapshot order);
}
