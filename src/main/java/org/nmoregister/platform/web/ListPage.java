package org.nmoregister.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list, with the links of the GOV.UK pagination component: previous, next, the first and last pages,
 * the current page and its neighbours, and an ellipsis for the gaps ("1 … 4 5 6 … 12"). Every list page shows at most
 * {@link #SIZE} rows, so a force's thousand breaches never make one page of a thousand rows. The links keep the
 * list's filters and change only {@code page}.
 *
 * @param items  the rows of this page
 * @param number this page's number, from 1
 * @param total  how many rows the whole list has; when {@code totalExact} is false, a lower bound: the list has more
 * @param path   the list's address with its filters, without {@code page}
 * @param totalExact false when counting stopped at {@code total} (a list too long to count on every page): the page
 *                   then says "more than", offers the next page and no last page
 */
public record ListPage<T>(List<T> items, int number, long total, String path, boolean totalExact) {

    public ListPage(List<T> items, int number, long total, String path) {
        this(items, number, total, path, true);
    }

    /** Rows per page: a screenful at desktop width, and few enough to read on a phone. */
    public static final int SIZE = 25;

    /** The page {@code requested} (a number from 1, or none for the first) of a list already read whole. */
    public static <T> ListPage<T> of(List<T> all, String requested, HttpServletRequest request) {
        int number = number(requested, all.size(), request);
        int from = Math.min((number - 1) * SIZE, all.size());
        return new ListPage<>(List.copyOf(all.subList(from, Math.min(from + SIZE, all.size()))), number, all.size(),
                pathWithoutPage(request));
    }

    /** Page {@code number} of a list read a page at a time: its rows, and how many the whole list has. */
    public static <T> ListPage<T> of(List<T> items, int number, long total, HttpServletRequest request) {
        return new ListPage<>(List.copyOf(items), number, total, pathWithoutPage(request));
    }

    /**
     * Page {@code number} of a list read a page at a time whose count may have stopped: {@code total} rows, or more
     * than {@code total} when {@code totalExact} is false.
     */
    public static <T> ListPage<T> of(List<T> items, int number, long total, boolean totalExact,
                                     HttpServletRequest request) {
        return new ListPage<>(List.copyOf(items), number, total, pathWithoutPage(request), totalExact);
    }

    /**
     * The page number asked for, checked against the list's length: a page that is not a number, below 1 or past the
     * last page is a {@link ListRequestException} naming the pages there are, not an empty page or an error.
     */
    public static int number(String requested, long total, HttpServletRequest request) {
        if (requested == null || requested.isBlank()) {
            return 1;
        }
        int pages = pages(total);
        int number;
        try {
            number = Integer.parseInt(requested.strip());
        } catch (NumberFormatException e) {
            throw new ListRequestException("The page number must be a whole number, like 2. "
                    + pagesInWords(pages), pathWithoutPage(request));
        }
        if (number < 1 || number > pages) {
            throw new ListRequestException("There is no page " + number + " of this list. " + pagesInWords(pages),
                    pathWithoutPage(request));
        }
        return number;
    }

    private static String pagesInWords(int pages) {
        return pages == 1 ? "It has 1 page." : "It has pages 1 to " + pages + ".";
    }

    static int pages(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** The request's address and query with {@code page} taken out: what every page link starts from. */
    static String pathWithoutPage(HttpServletRequest request) {
        var builder = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        builder.replaceQueryParam("page");
        return builder.build().toUriString();
    }

    /** How many pages there are; when the count stopped, one more than the rows counted fill (so "next" shows). */
    public int pages() {
        return pages(total) + (totalExact ? 0 : 1);
    }

    /** The total in words for "Showing 1 to 25 of …": the number, or "more than" it when the count stopped. */
    public String totalText() {
        return totalExact ? String.valueOf(total) : "more than " + String.format(java.util.Locale.UK, "%,d", total);
    }

    /** The position of this page's first row, from 1 ("Showing 26 to 50 of 112"); 0 when the list is empty. */
    public long first() {
        return items.isEmpty() ? 0 : (long) (number - 1) * SIZE + 1;
    }

    public long last() {
        return first() == 0 ? 0 : first() + items.size() - 1;
    }

    /** Whether the pagination component is needed at all. */
    public boolean paginated() {
        return pages() > 1;
    }

    public String previous() {
        return number > 1 ? link(number - 1) : null;
    }

    public String next() {
        return number < pages() ? link(number + 1) : null;
    }

    /** The numbered links: the first, the last, this page and its neighbours; null for an ellipsis between them. */
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        int pages = pages();
        int previousShown = 0;
        for (int page = 1; page <= pages; page++) {
            // the last page is linked only when it is known
            if (page == 1 || (page == pages && totalExact) || Math.abs(page - number) <= 1) {
                if (page - previousShown > 1) {
                    links.add(null);
                }
                links.add(new Link(page, link(page), page == number));
                previousShown = page;
            }
        }
        if (!totalExact) {
            links.add(null);
        }
        return links;
    }

    String link(int page) {
        return UriComponentsBuilder.fromUriString(path).replaceQueryParam("page", page).build().toUriString();
    }

    /** A numbered page link. */
    public record Link(int number, String href, boolean current) {
    }
}
