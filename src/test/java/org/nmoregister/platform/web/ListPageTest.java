package org.nmoregister.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Pages of a list and their links, as the GOV.UK pagination component shows them; wrong pages said in words. */
class ListPageTest {

    private static MockHttpServletRequest request(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], java.net.URLDecoder.decode(parts[1],
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return request;
    }

    private static List<Integer> rows(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void aPageHoldsAtMostTwentyFiveRowsAndSaysWhichOfTheWholeItShows() {
        ListPage<Integer> third = ListPage.of(rows(60), "3", request("/breaches", "page=3"));
        assertThat(third.items()).containsExactly(51, 52, 53, 54, 55, 56, 57, 58, 59, 60);
        assertThat(third.first()).isEqualTo(51);
        assertThat(third.last()).isEqualTo(60);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.next()).isNull();
        assertThat(third.previous()).isEqualTo("/breaches?page=2");

        ListPage<Integer> first = ListPage.of(rows(60), null, request("/breaches", null));
        assertThat(first.items()).hasSize(ListPage.SIZE).startsWith(1).endsWith(25);
        assertThat(first.previous()).isNull();
        assertThat(first.next()).isEqualTo("/breaches?page=2");
        assertThat(first.paginated()).isTrue();
    }

    @Test
    void aCountThatStoppedSaysMoreThanOffersTheNextPageAndNoLastPage() {
        // the register counts at most 10,000 orders: on page 3 of a list counted "more than 10,000"
        ListPage<Integer> third = ListPage.of(rows(25), 3, 10_000, false, request("/register", "status=EXPIRED&page=3"));
        assertThat(third.totalText()).isEqualTo("more than 10,000");
        assertThat(third.first()).isEqualTo(51);
        assertThat(third.next()).isEqualTo("/register?status=EXPIRED&page=4");
        assertThat(third.links()).extracting(l -> l == null ? null : l.number()).containsExactly(1, 2, 3, 4, null);
        // page 400 of 10,000 counted: there are more, so a next page and no last one
        ListPage<Integer> last = ListPage.of(rows(25), 400, 10_000, false, request("/register", "page=400"));
        assertThat(last.next()).isEqualTo("/register?page=401");
        assertThat(last.links()).extracting(l -> l == null ? null : l.number()).containsExactly(1, null, 399, 400,
                401, null);
        // an exact count is said as it is, and its last page linked
        ListPage<Integer> exact = ListPage.of(rows(25), 1, 12_000, true, request("/register", null));
        assertThat(exact.totalText()).isEqualTo("12000");
        assertThat(exact.links()).extracting(l -> l == null ? null : l.number()).containsExactly(1, 2, null, 480);
    }

    @Test
    void exactlyOnePageNeedsNoPaginationAndAnEmptyListIsPageOne() {
        ListPage<Integer> full = ListPage.of(rows(25), "1", request("/quality", "page=1"));
        assertThat(full.paginated()).isFalse();
        assertThat(full.last()).isEqualTo(25);
        assertThat(ListPage.of(rows(26), "2", request("/quality", "page=2")).items()).containsExactly(26);

        ListPage<Integer> empty = ListPage.of(List.of(), null, request("/quality", null));
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.first()).isZero();
        assertThat(empty.last()).isZero();
        assertThat(ListPage.of(List.<Integer>of(), "1", request("/quality", "page=1")).number()).isEqualTo(1);
    }

    @Test
    void theLinksAreTheFirstTheLastThisPageAndItsNeighboursWithEllipsesBetween() {
        ListPage<Integer> middle = ListPage.of(rows(25 * 12), "6", request("/breaches", "show=yours&page=6"));
        assertThat(middle.links()).extracting(link -> link == null ? "…" : link.number() + (link.current() ? "*" : ""))
                .containsExactly("1", "…", "5", "6*", "7", "…", "12");
        assertThat(middle.links().get(0).href()).isEqualTo("/breaches?show=yours&page=1");

        ListPage<Integer> second = ListPage.of(rows(25 * 4), "2", request("/breaches", "page=2"));
        assertThat(second.links()).extracting(link -> link == null ? "…" : String.valueOf(link.number()))
                .as("no ellipsis stands for no page").containsExactly("1", "2", "3", "4");
        ListPage<Integer> last = ListPage.of(rows(25 * 5), "5", request("/breaches", "page=5"));
        assertThat(last.links()).extracting(link -> link == null ? "…" : String.valueOf(link.number()))
                .containsExactly("1", "…", "4", "5");
    }

    @Test
    void theLinksKeepTheListsFiltersAndChangeOnlyThePage() {
        ListPage<Integer> page = ListPage.of(rows(80), "2", request("/quality", "show=blocked&page=2&x=a%20b"));
        assertThat(page.path()).isEqualTo("/quality?show=blocked&x=a%20b");
        assertThat(page.next()).isEqualTo("/quality?show=blocked&x=a%20b&page=3");
    }

    @Test
    void aPageThatIsNotANumberOrNotInTheListIsRefusedInWordsWithTheWayBack() {
        var request = request("/breaches", "show=yours&page=9");
        assertThatThrownBy(() -> ListPage.of(rows(30), "9", request))
                .isInstanceOf(ListRequestException.class)
                .hasMessage("There is no page 9 of this list. It has pages 1 to 2.")
                .extracting(e -> ((ListRequestException) e).list()).isEqualTo("/breaches?show=yours");
        assertThatThrownBy(() -> ListPage.of(rows(3), "0", request("/breaches", "page=0")))
                .hasMessage("There is no page 0 of this list. It has 1 page.");
        assertThatThrownBy(() -> ListPage.of(rows(3), "-2", request("/breaches", "page=-2")))
                .hasMessageStartingWith("There is no page -2");
        assertThatThrownBy(() -> ListPage.of(rows(3), "two", request("/breaches", "page=two")))
                .hasMessage("The page number must be a whole number, like 2. It has 1 page.");
        assertThatThrownBy(() -> ListPage.of(rows(3), "99999999999", request("/breaches", "page=99999999999")))
                .isInstanceOf(ListRequestException.class);
        assertThat(ListPage.of(rows(30), " 2 ", request("/breaches", "page=%202%20")).number()).isEqualTo(2);
    }

    @Test
    void aViewIsOneOfTheListsOwnOrNoneForTheFirst() {
        var views = ListFilter.views("waiting", "Waiting", "blocked", "Blocked by an error finding");
        ListFilter none = ListFilter.of("show", views, request("/quality", "page=2"));
        assertThat(none.value()).isEqualTo("waiting");
        assertThat(none.path()).isEqualTo("/quality");
        ListFilter blocked = ListFilter.of("show", views, request("/quality", "show=blocked&page=2"));
        assertThat(blocked.is("blocked")).isTrue();
        assertThat(blocked.name()).isEqualTo("Blocked by an error finding");
        assertThat(blocked.choices()).extracting(ListFilter.Choice::href, ListFilter.Choice::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/quality", false),
                        org.assertj.core.groups.Tuple.tuple("/quality?show=blocked", true));

        assertThatThrownBy(() -> ListFilter.of("show", views, request("/quality", "show=BLOCKED")))
                .isInstanceOf(ListRequestException.class)
                .hasMessage("This list has no view called \u201cBLOCKED\u201d. Choose \u201cWaiting\u201d, "
                        + "\u201cBlocked by an error finding\u201d.")
                .extracting(e -> ((ListRequestException) e).list()).isEqualTo("/quality");
        MockHttpServletRequest tooLong = request("/quality", null);
        tooLong.setParameter("show", "x".repeat(500));
        assertThatThrownBy(() -> ListFilter.of("show", views, tooLong)).hasMessageContaining("x".repeat(40) + "…");
    }
}
