package dev.watchparty;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.watchparty.party.ArchitectureProbe;
import dev.watchparty.trivia.CapSource;
import dev.watchparty.trivia.RoundRequest;
import dev.watchparty.trivia.Standing;
import dev.watchparty.trivia.TriviaService;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The structure the code map describes, kept by rules: a core that knows nothing of JDA nor of metrics, a command layer that
 * knows no feature, and features that meet only through an entry point (today: parties start trivia rounds).
 */
class ArchitectureTest {

    private static final List<String> FEATURES = List.of(
            "show", "character", "recap", "progress", "settings", "trivia", "party", "channel", "admin", "wrap");
    private static final List<String> CORE = concat(
            FEATURES,
            List.of("pack", "spoiler", "reply", "command", "schedule", "storage", "config", "console", "time"));

    private static final JavaClasses BOT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.watchparty");

    static final ArchRule CORE_KNOWS_NO_DISCORD = noClasses()
            .that()
            .resideInAnyPackage(packages(CORE))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("net.dv8tion..", "dev.watchparty.discord..")
            .because("the core is driven by the console and the tests as well as by Discord");

    /**
     * The core is measured from outside: the Discord front end counts interactions and reads the services'
     * counts. Storage alone may use Micrometer, to bind its connection pool and time its queries on the registry
     * the front end hands it.
     */
    static final ArchRule CORE_KNOWS_NO_METRICS = noClasses()
            .that()
            .resideInAnyPackage(packages(
                    CORE.stream().filter(name -> !name.equals("storage")).toList()))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.micrometer..", "io.prometheus..")
            .because("metrics belong to the front end that runs the core, not to the features");

    static final ArchRule COMMAND_KNOWS_NO_FEATURE = noClasses()
            .that()
            .resideInAPackage("dev.watchparty.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(packages(FEATURES))
            .because("features build on the command layer, never the other way round");

    static final ArchRule TRIVIA_THROUGH_ITS_ENTRY_POINT = noClasses()
            .that()
            .resideInAnyPackage(packages(FEATURES))
            .and()
            .resideOutsideOfPackage("dev.watchparty.trivia..")
            .should()
            .dependOnClassesThat(resideInAPackage("dev.watchparty.trivia..")
                    .and(not(belongToAnyOf(TriviaService.class, RoundRequest.class, CapSource.class, Standing.class))))
            .because("a party starts rounds through TriviaService.startRound, not with trivia's store or presenter");

    /** No feature uses another, but for trivia's entry point. */
    private static ArchRule apart(String feature) {
        List<String> others = FEATURES.stream()
                .filter(other -> !other.equals(feature) && !other.equals("trivia"))
                .toList();
        return noClasses()
                .that()
                .resideInAPackage("dev.watchparty." + feature + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages(others));
    }

    @Test
    @DisplayName("GIVEN the bot's classes WHEN read THEN no core package uses JDA or the Discord adapter")
    void coreKnowsNoDiscord() {
        CORE_KNOWS_NO_DISCORD.check(BOT);
    }

    @Test
    @DisplayName("GIVEN the bot's classes WHEN read THEN no core package but storage uses Micrometer or Prometheus")
    void coreKnowsNoMetrics() {
        CORE_KNOWS_NO_METRICS.check(BOT);
    }

    @Test
    @DisplayName("GIVEN the bot's classes WHEN read THEN the command layer uses no feature")
    void commandKnowsNoFeature() {
        COMMAND_KNOWS_NO_FEATURE.check(BOT);
    }

    @Test
    @DisplayName("GIVEN the bot's classes WHEN read THEN features use trivia only through its entry point")
    void triviaThroughItsEntryPoint() {
        TRIVIA_THROUGH_ITS_ENTRY_POINT.check(BOT);
    }

    @TestFactory
    @DisplayName("GIVEN each feature WHEN read THEN it uses no other feature")
    List<DynamicTest> featuresApart() {
        return FEATURES.stream()
                .map(feature ->
                        DynamicTest.dynamicTest(feature, () -> apart(feature).check(BOT)))
                .toList();
    }

    @Test
    @DisplayName(
            "GIVEN a party class that uses trivia's store and presenter, JDA and Micrometer WHEN the rules read it THEN they refuse it")
    void theRulesCanFail() {
        JavaClasses probe = new ClassFileImporter().importClasses(ArchitectureProbe.class);
        assertTrue(
                TRIVIA_THROUGH_ITS_ENTRY_POINT.evaluate(probe).hasViolation(),
                "a party class holding a TriviaStore and a TriviaPresenter breaks the entry-point rule");
        assertTrue(CORE_KNOWS_NO_DISCORD.evaluate(probe).hasViolation(), "a core class holding a JDA type breaks it");
        assertTrue(
                CORE_KNOWS_NO_METRICS.evaluate(probe).hasViolation(),
                "a core class holding a Micrometer counter breaks it");
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(name -> "dev.watchparty." + name + "..").toArray(String[]::new);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Arrays.asList(
                java.util.stream.Stream.concat(first.stream(), second.stream()).toArray(String[]::new));
    }
}
