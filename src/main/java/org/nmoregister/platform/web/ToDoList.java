package org.nmoregister.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The signed-in user's to-dos from every module, grouped under their headings in the sources' order. */
@Component
public class ToDoList {

    private final ObjectProvider<ToDoSource> sources;

    ToDoList(ObjectProvider<ToDoSource> sources) {
        this.sources = sources;
    }

    /** The groups of counts for the signed-in user; empty when their roles keep no list of work. */
    public List<Group> forSignedInUser() {
        Map<String, List<ToDoSource.ToDo>> byHeading = new LinkedHashMap<>();
        sources.orderedStream().flatMap(source -> source.toDo().stream())
                .forEach(item -> byHeading.computeIfAbsent(item.heading(), h -> new ArrayList<>()).add(item));
        return byHeading.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The counts under one heading. */
    public record Group(String heading, List<ToDoSource.ToDo> items) {
    }
}
