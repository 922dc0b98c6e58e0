package org.nmoregister.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmoregister.risk.RiskLevel;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import tools.jackson.databind.json.JsonMapper;

/** The shipped question set, a force's own set, and sets that must stop the application starting. */
class DashQuestionSetLoaderTest {

    final JsonMapper json = JsonMapper.builder().build();
    final DashQuestionSetLoader loader = new DashQuestionSetLoader(json);

    @TempDir
    Path dir;

    String shipped() throws Exception {
        return new String(new ClassPathResource("reference/dash/safelives-dash-2009.json").getInputStream().readAllBytes());
    }

    @Test
    void theShippedSetIsTheSafeLivesChecklistWithItsThresholds() {
        var set = loader.load(new ClassPathResource("reference/dash/safelives-dash-2009.json"));
        assertThat(set.id()).isEqualTo("safelives-dash-2009");
        assertThat(set.version()).isEqualTo("2009");
        assertThat(set.questions()).hasSize(27);
        assertThat(set.questions()).extracting(DashQuestionSet.Question::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 27).boxed().toList());
        assertThat(set.questions()).allSatisfy(q -> {
            assertThat(q.text()).isNotBlank();
            assertThat(q.help()).isNotBlank();
        });
        assertThat(set.thresholds().high()).isEqualTo(14);
        assertThat(set.thresholds().medium()).isEqualTo(10);
        assertThat(set.escalation().windowMonths()).isEqualTo(12);
        assertThat(set.escalation().potentialEscalationIncidents()).isEqualTo(3);
        assertThat(set.escalation().repeatBreachEarlierBreaches()).isEqualTo(1);
        assertThat(set.escalation().repeatBreachMinimumLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(set.byGroup().get("Children and dependants")).extracting(DashQuestionSet.Question::id)
                .containsExactly("q9", "q10", "q11", "q12");
        assertThat(set.question("q26").orElseThrow().text()).contains("broken bail, an injunction");
    }

    @Test
    void aDuplicateQuestionIdStopsLoadingAndSaysWhich() throws Exception {
        Path file = write("dup.json", shipped().replace("\"id\": \"q8\"", "\"id\": \"q7\""));
        assertThatThrownBy(() -> loader.load(new FileSystemResource(file)))
                .isInstanceOf(DashQuestionSetLoader.InvalidQuestionSetException.class)
                .hasMessageContaining("dup.json")
                .hasMessageContaining("nmo.risk.dash.question-set")
                .hasMessageContaining("questions[7].id 'q7' is used by another question: ids must be unique");
    }

    @Test
    void thresholdsOutOfOrderStopLoading() throws Exception {
        Path file = write("order.json", shipped().replace("\"medium\": 10", "\"medium\": 14"));
        assertThatThrownBy(() -> loader.load(new FileSystemResource(file)))
                .hasMessageContaining("thresholds must be ordered: medium (14) must be below high (14)");
        Path tooHigh = write("high.json", shipped().replace("\"high\": 14", "\"high\": 28"));
        assertThatThrownBy(() -> loader.load(new FileSystemResource(tooHigh)))
                .hasMessageContaining("thresholds.high (28) is more than the number of questions (27)");
    }

    @Test
    void missingFieldsUnknownFieldsBadJsonAndNoFileStopLoading() throws Exception {
        Path noThreshold = write("nothreshold.json", shipped().replace("\"high\": 14,", ""));
        assertThatThrownBy(() -> loader.load(new FileSystemResource(noThreshold)))
                .hasMessageContaining("thresholds.high and thresholds.medium are required");
        Path typo = write("typo.json", shipped().replace("\"high\": 14", "\"hihg\": 14"));
        assertThatThrownBy(() -> loader.load(new FileSystemResource(typo)))
                .hasMessageContaining("typo.json").hasMessageContaining("hihg");
        Path broken = write("broken.json", "{\"id\": ");
        assertThatThrownBy(() -> loader.load(new FileSystemResource(broken)))
                .hasMessageContaining("not a readable question set");
        assertThatThrownBy(() -> loader.load(new FileSystemResource(dir.resolve("absent.json"))))
                .hasMessageContaining("absent.json").hasMessageContaining("does not exist");
        Path badGroup = write("group.json", shipped().replace("\"group\": \"The abuser\"", "\"group\": \"Abuser\""));
        assertThatThrownBy(() -> loader.load(new FileSystemResource(badGroup)))
                .hasMessageContaining("questions[22].group 'Abuser' is not one of the groups");
    }

    @Test
    void theApplicationLoadsTheSetThePropertyNamesAndRefusesToStartWithABadOne() throws Exception {
        Path own = write("force.json", shipped().replace("\"medium\": 10", "\"medium\": 8")
                .replace("\"version\": \"2009\"", "\"version\": \"2009-force-2\""));
        var runner = new ApplicationContextRunner()
                .withBean(JsonMapper.class, () -> json)
                .withUserConfiguration(RiskConfiguration.class);
        runner.run(context -> assertThat(context.getBean(DashQuestionSet.class).thresholds().medium()).isEqualTo(10));
        runner.withPropertyValues("nmo.risk.dash.question-set=file:" + own)
                .run(context -> {
                    var set = context.getBean(DashQuestionSet.class);
                    assertThat(set.version()).isEqualTo("2009-force-2");
                    assertThat(set.thresholds().medium()).isEqualTo(8);
                });
        Path bad = write("bad.json", shipped().replace("\"medium\": 10", "\"medium\": 20"));
        runner.withPropertyValues("nmo.risk.dash.question-set=file:" + bad)
                .run(context -> {
                    assertThat(context).hasFailed();
                    String causes = causes(context.getStartupFailure());
                    assertThat(causes).contains("bad.json").contains("medium (20) must be below high (14)");
                });
    }

    private static String causes(Throwable e) {
        return java.util.stream.Stream.iterate(e, t -> t != null, Throwable::getCause)
                .map(Throwable::getMessage).collect(Collectors.joining(" | "));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
