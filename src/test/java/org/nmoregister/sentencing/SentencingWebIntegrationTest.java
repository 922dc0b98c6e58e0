package org.nmoregister.sentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;


/** The sentencing guideline and crime classifications over the API, and the sentencing page, on the whole app. */
@IntegrationTest
class SentencingWebIntegrationTest {

    static final String GUIDELINE = "/api/v1/sentencing/breach-of-protective-order";
    static final String CLASSIFICATIONS = "/api/v1/breaches/reference/crime-classifications";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void staffLookUpACellOfTheGuideline() throws Exception {
        mvc.perform(get(GUIDELINE).param("culpability", "A").param("harm", "1")
                        .with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.culpability").value("A"))
                .andExpect(jsonPath("$.harm").value(1))
                .andExpect(jsonPath("$.startingPoint").value("2 years' custody"))
                .andExpect(jsonPath("$.startingPointSentence.kind").value("CUSTODY"))
                .andExpect(jsonPath("$.startingPointSentence.weeks").value(104))
                .andExpect(jsonPath("$.range").value("1–4 years"))
                .andExpect(jsonPath("$.rangeFrom.weeks").value(52))
                .andExpect(jsonPath("$.rangeTo.weeks").value(208))
                .andExpect(jsonPath("$.culpabilityDefinition[0]").value("Very serious and/or persistent breach"))
                .andExpect(jsonPath("$.harmDefinition[0]").value("Breach causes very serious harm or distress"))
                .andExpect(jsonPath("$.guideline.version").value("2018"))
                .andExpect(jsonPath("$.guideline.effectiveFrom").value("2018-10-01"))
                .andExpect(jsonPath("$.guideline.source.url", containsString("sentencingcouncil.org.uk")))
                .andExpect(jsonPath("$.aggravatingFactors[0].id").value("previous-convictions"))
                .andExpect(jsonPath("$.aggravatingFactors[0].statutory").value(true))
                .andExpect(jsonPath("$.mitigatingFactors[*].text", hasItem("Breach not initiated by the offender")))
                .andExpect(jsonPath("$.maximum.onIndictment.text").value("5 years' custody"))
                .andExpect(jsonPath("$.maximum.summary.text").value("6 months' custody"));

        mvc.perform(get(GUIDELINE).param("culpability", "c").param("harm", "3")
                        .with(httpBasic("analyst.southvale", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.culpability").value("C"))
                .andExpect(jsonPath("$.startingPoint").value("medium-level community order"))
                .andExpect(jsonPath("$.startingPointSentence.level").value("MEDIUM"))
                .andExpect(jsonPath("$.range").value("Band B fine – high-level community order"))
                .andExpect(jsonPath("$.rangeFrom.kind").value("FINE"))
                .andExpect(jsonPath("$.rangeFrom.band").value("B"));
    }

    @Test
    void aBadCategoryIsA400NamingTheField() throws Exception {
        mvc.perform(get(GUIDELINE).param("culpability", "D").param("harm", "1")
                        .with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("culpability"))
                .andExpect(jsonPath("$.errors[0].reason").value("must be A, B or C"));
        mvc.perform(get(GUIDELINE).param("culpability", "A").param("harm", "4")
                        .with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("harm"));
        mvc.perform(get(GUIDELINE).with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("culpability")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("harm")));
    }

    @Test
    void strangersAndCourtFeedsAreKeptOut() throws Exception {
        mvc.perform(get(GUIDELINE).param("culpability", "A").param("harm", "1"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(CLASSIFICATIONS)).andExpect(status().isUnauthorized());
        mvc.perform(get(GUIDELINE).param("culpability", "A").param("harm", "1")
                        .with(httpBasic("court-feed.northshire", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get(CLASSIFICATIONS).with(httpBasic("court-feed.northshire", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sentencing")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void staffReadTheCrimeClassifications() throws Exception {
        mvc.perform(get(CLASSIFICATIONS).with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordingTarget").value("PT24H"))
                .andExpect(jsonPath("$.classifications[0].code").value("BREACH_NON_MOLESTATION_ORDER"))
                .andExpect(jsonPath("$.classifications[0].legislation").value("Family Law Act 1996 s.42A"))
                .andExpect(jsonPath("$.classifications[0].breachOf[0]").value("NMO"))
                .andExpect(jsonPath("$.classifications[0].confirmed").value(false))
                .andExpect(jsonPath("$.classifications[?(@.code == 'HARASSMENT')].homeOfficeClass").value(hasItem("8L")))
                .andExpect(jsonPath("$.classifications[?(@.code == 'HARASSMENT')].considers").value(hasItem("HARASSMENT")))
                .andExpect(jsonPath("$.classifications[*].breachOffence").doesNotExist());
    }

    @Test
    void thePageShowsTheTableWithTheChosenCellAndTheTickedFactors() throws Exception {
        var officer = user(users.loadUserByUsername("officer.northshire"));
        String blank = mvc.perform(get("/sentencing").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"guideline-table\"")))
                .andExpect(content().string(containsString("Very serious and/or persistent breach")))
                .andExpect(content().string(containsString("Using contact arrangements with a child to instigate the offence")))
                .andExpect(content().string(not(containsString("nmo-chosen-cell\""))))
                .andReturn().getResponse().getContentAsString();
        // All nine cells, each with its starting point and range.
        assertThat(cell(blank, "A1")).contains("2 years&#39; custody", "1–4 years");
        assertThat(cell(blank, "C3")).contains("medium-level community order", "Band B fine – high-level community order");
        assertThat(Pattern.compile("id=\"cell-[ABC][123]\"").matcher(blank).results().count()).isEqualTo(9);

        String chosen = mvc.perform(get("/sentencing").param("culpability", "B").param("harm", "2")
                        .param("aggravating", "victim-left-home", "committed-on-bail")
                        .param("mitigating", "long-compliance").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"recommendation\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(between(chosen, "id=\"starting-point\"", "</dd>")).contains("12 weeks&#39; custody");
        assertThat(between(chosen, "id=\"category-range\"", "</dd>"))
                .contains("medium-level community order – 1 year&#39;s custody");
        assertThat(cell(chosen, "B2")).contains("nmo-chosen-cell", "aria-current=\"true\"");
        assertThat(cell(chosen, "A2")).doesNotContain("nmo-chosen-cell");
        assertThat(between(chosen, "id=\"chosen-aggravating\"", "</dd>"))
                .contains("Offence committed whilst on bail", "Victim or protected person forced to leave home")
                .doesNotContain("Impact on children");
        assertThat(between(chosen, "id=\"chosen-mitigating\"", "</dd>"))
                .contains("Breach following a long period of compliance");
        assertThat(between(chosen, "id=\"aggravating-victim-left-home\"", ">")).contains("checked");
        assertThat(between(chosen, "id=\"aggravating-impact-on-children\"", ">")).doesNotContain("checked");
        assertThat(between(chosen, "id=\"culpability-B\"", ">")).contains("checked");

        mvc.perform(get("/sentencing").param("culpability", "E").param("harm", "2").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Choose culpability A, B or C")))
                .andExpect(content().string(not(containsString("id=\"recommendation\""))));
    }

    private static String cell(String html, String name) {
        return between(html, "id=\"cell-" + name + "\"", "</td>");
    }

    private static String between(String html, String start, String end) {
        Matcher m = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("the page has " + start).isTrue();
        return m.group(1);
    }
}
