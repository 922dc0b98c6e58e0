package org.nmoregister.sentencing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.security.Authorities;
import org.nmoregister.sentencing.Cell;
import org.nmoregister.sentencing.Culpability;
import org.nmoregister.sentencing.Guideline;
import org.nmoregister.sentencing.Harm;
import org.nmoregister.sentencing.SentencingGuide;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sentencing page: the officer chooses culpability and harm and ticks the factors that apply, and sees the
 * starting point, the range and the whole table with the chosen cell marked, as a summary to print for the file.
 * Nothing is stored.
 */
@Controller
class SentencingPageController {

    private final SentencingGuide guide;

    SentencingPageController(SentencingGuide guide) {
        this.guide = guide;
    }

    /** A row of the table: one harm category across the three culpabilities. */
    record Row(Harm harm, List<String> harmDefinition, List<Cell> cells) {
    }

    @GetMapping("/sentencing")
    @PreAuthorize(Authorities.STAFF)
    String page(@RequestParam(name = "culpability", required = false) String culpability,
                @RequestParam(name = "harm", required = false) String harm,
                @RequestParam(name = "aggravating", required = false) List<String> aggravating,
                @RequestParam(name = "mitigating", required = false) List<String> mitigating, Model model) {
        Guideline guideline = guide.guideline();
        var rows = new ArrayList<Row>();
        for (Harm h : Harm.values()) {
            var cells = new ArrayList<Cell>();
            for (Culpability c : Culpability.values()) {
                cells.add(guideline.cell(c, h));
            }
            rows.add(new Row(h, guideline.harm().get(h), cells));
        }
        model.addAttribute("guideline", guideline);
        model.addAttribute("culpabilities", Culpability.values());
        model.addAttribute("harms", Harm.values());
        model.addAttribute("rows", rows);
        Set<String> ticked = new java.util.HashSet<>();
        if (aggravating != null) {
            ticked.addAll(aggravating);
        }
        if (mitigating != null) {
            ticked.addAll(mitigating);
        }
        model.addAttribute("ticked", ticked);
        model.addAttribute("culpability", culpability);
        model.addAttribute("harm", harm);

        boolean asked = culpability != null || harm != null;
        if (asked) {
            Optional<Culpability> c = Culpability.parse(culpability);
            Optional<Harm> h = Harm.parse(harm);
            var errors = new ArrayList<FieldError>();
            if (c.isEmpty()) {
                errors.add(new FieldError("culpability", "Choose culpability A, B or C"));
            }
            if (h.isEmpty()) {
                errors.add(new FieldError("harm", "Choose harm category 1, 2 or 3"));
            }
            if (errors.isEmpty()) {
                model.addAttribute("recommendation", guide.lookup(c.get(), h.get()));
                model.addAttribute("chosenAggravating", guideline.aggravatingFactors().stream()
                        .filter(f -> ticked.contains(f.id())).toList());
                model.addAttribute("chosenMitigating", guideline.mitigatingFactors().stream()
                        .filter(f -> ticked.contains(f.id())).toList());
            } else {
                model.addAttribute("errors", errors);
            }
        }
        return "sentencing/guide";
    }
}
