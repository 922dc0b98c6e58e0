package org.nmoregister.platform.web;

/**
 * A list asked for with a page or a view it does not have (an old or hand-edited address): answered with a page that
 * says what is wrong and links to the list as it can be shown, not with an error or an empty list that looks like
 * "nothing to do".
 */
public class ListRequestException extends RuntimeException {

    private final String list;

    public ListRequestException(String message, String list) {
        super(message);
        this.list = list;
    }

    /** The list's address without the wrong part, to go back to. */
    public String list() {
        return list;
    }
}
