package org.nmoregister.platform.web;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which part of a list to show, chosen by one query parameter ({@code ?show=blocked}) from a fixed set of views, each
 * named in words. The start page's counts link to these views. A value the list does not have (an old or hand-edited
 * address) is a {@link ListRequestException} naming the views there are, never a silent "show all" that a person
 * would read as "nothing of that kind".
 *
 * @param parameter the query parameter ("show")
 * @param views     each view's value in the address and its name in words, in the order they are offered; the first
 *                  is shown when none is asked for
 * @param value     the view chosen
 * @param path      the list's address, without the parameter or a page
 */
public record ListFilter(String parameter, LinkedHashMap<String, String> views, String value, String path) {

    /** Views in the order given: pairs of a value and its name ("waiting", "Waiting", "blocked", "Blocked ..."). */
    public static LinkedHashMap<String, String> views(String... valuesAndNames) {
        LinkedHashMap<String, String> views = new LinkedHashMap<>();
        for (int i = 0; i + 1 < valuesAndNames.length; i += 2) {
            views.put(valuesAndNames[i], valuesAndNames[i + 1]);
        }
        return views;
    }

    /** The view asked for in {@code request}'s {@code parameter}; the links keep the request's other parameters. */
    public static ListFilter of(String parameter, LinkedHashMap<String, String> views,
                                jakarta.servlet.http.HttpServletRequest request) {
        var builder = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        builder.replaceQueryParam(parameter).replaceQueryParam("page");
        return of(parameter, views, request.getParameter(parameter), builder.build().toUriString());
    }

    public static ListFilter of(String parameter, LinkedHashMap<String, String> views, String requested, String path) {
        String first = views.keySet().iterator().next();
        if (requested == null || requested.isBlank()) {
            return new ListFilter(parameter, views, first, path);
        }
        String chosen = requested.strip();
        if (!views.containsKey(chosen)) {
            throw new ListRequestException("This list has no view called \u201c" + shorten(chosen) + "\u201d. Choose "
                    + views.values().stream().map(name -> "\u201c" + name + "\u201d")
                    .collect(Collectors.joining(", ")) + ".", path);
        }
        return new ListFilter(parameter, views, chosen, path);
    }

    public boolean is(String view) {
        return value.equals(view);
    }

    /** The chosen view's name in words. */
    public String name() {
        return views.get(value);
    }

    /** A link for each view, the chosen one marked current. */
    public List<Choice> choices() {
        String first = views.keySet().iterator().next();
        return views.entrySet().stream().map(e -> new Choice(e.getValue(), e.getKey().equals(first) ? path
                : UriComponentsBuilder.fromUriString(path).replaceQueryParam(parameter, e.getKey()).build()
                .toUriString(), e.getKey().equals(value))).toList();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** One view's link. */
    public record Choice(String name, String href, boolean current) {
    }
}
