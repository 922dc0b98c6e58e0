package org.nmoregister.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.nmoregister.platform.web.ListPage;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Lists are paged: a test looking for its own item reads every page of the list, since whatever else the database
 * holds may put it past the first.
 */
public final class ListPages {

    private static final Pattern TOTAL = Pattern.compile("data-list-total=\"(\\d+)\"");

    private ListPages() {
    }

    /** The page of {@code list} that shows {@code text}, or null when no page does. */
    public static String pageShowing(MockMvc mvc, String list, RequestPostProcessor who, String text)
            throws Exception {
        String first = read(mvc, list, who);
        var total = TOTAL.matcher(first);
        if (!total.find()) {
            throw new AssertionError(list + " shows no list total");
        }
        long pages = Math.max(1, (Long.parseLong(total.group(1)) + ListPage.SIZE - 1) / ListPage.SIZE);
        for (long page = 1; page <= pages; page++) {
            String html = page == 1 ? first
                    : read(mvc, list + (list.contains("?") ? "&" : "?") + "page=" + page, who);
            if (html.contains(text)) {
                return html;
            }
        }
        return null;
    }

    private static String read(MockMvc mvc, String address, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(address).with(who)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
