package org.hawliyat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;

/**
 * The layers: model at the bottom; store (SQL) and io (Jackson) beside each other on it; app
 * over them; ui and cli on top. Logic never touches JavaFX.
 */
@AnalyzeClasses(packages = "org.hawliyat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] HEADLESS = {"org.hawliyat.model..", "org.hawliyat.store..", "org.hawliyat.io..",
        "org.hawliyat.app..", "org.hawliyat.text..", "org.hawliyat.timeline..", "org.hawliyat.reading..", "org.hawliyat.editing..",
        "org.hawliyat.cli..", "org.hawliyat.bench.."};

    @ArchTest
    static final ArchRule logicNeverTouchesJavaFx = noClasses().that().resideInAnyPackage(HEADLESS)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .because("model, store, import/export and text handling must run and be tested without a display");

    @ArchTest
    static final ArchRule modelStandsAlone = noClasses().that().resideInAPackage("org.hawliyat.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hawliyat.store..", "org.hawliyat.io..",
                    "org.hawliyat.app..", "org.hawliyat.ui..", "org.hawliyat.cli..", "java.sql..",
                    "com.fasterxml..", "picocli..");

    @ArchTest
    static final ArchRule sqlOnlyInTheStore = noClasses().that().resideOutsideOfPackage("org.hawliyat.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb..")
            .because("SQL stays behind the store's interfaces, so another database can take its place");

    @ArchTest
    static final ArchRule jacksonOnlyInImportExport = noClasses().that().resideOutsideOfPackage("org.hawliyat.io..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule jsoupOnlyInImportExport = noClasses().that().resideOutsideOfPackage("org.hawliyat.io..")
            .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
            .because("HTML is only ever read into plain text, in one place (io.ArticleFiles)");

    @ArchTest
    static final ArchRule icuOnlyToTellEncodings = noClasses().that().doNotHaveFullyQualifiedName("org.hawliyat.io.TextDecoding")
            .should().dependOnClassesThat().resideInAPackage("com.ibm.icu..")
            .because("ICU4J is there for its charset detector, used in one place (io.TextDecoding)");

    @ArchTest
    static final ArchRule pdfBoxOnlyInTheRenderer = noClasses().that().resideOutsideOfPackage("org.hawliyat.ui.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
            .because("the PDF handout's pages are drawn by JavaFX and put into a PDF in one place (ui.render.HandoutPdf)");

    @ArchTest
    static final ArchRule pdfBoxOnlyInTheHandoutPdf = noClasses().that().resideInAPackage("org.hawliyat.ui.render..")
            .and().doNotHaveSimpleName("HandoutPdf")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
            .because("one class writes PDF; the page layout stays testable without it");

    @ArchTest
    static final ArchRule luceneOnlyInTheSearchAnalyzer = noClasses().that().resideOutsideOfPackage("org.hawliyat.text.search..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.tartarus..")
            .because("text analysis for search is one component; the index itself is SQLite's FTS5");

    @ArchTest
    static final ArchRule storeAndIoDoNotKnowEachOther = noClasses().that().resideInAPackage("org.hawliyat.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hawliyat.io..", "org.hawliyat.app..",
                    "org.hawliyat.ui..", "org.hawliyat.cli..");

    @ArchTest
    static final ArchRule ioDependsOnlyOnTheModel = noClasses().that().resideInAPackage("org.hawliyat.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hawliyat.store..", "org.hawliyat.app..",
                    "org.hawliyat.ui..", "org.hawliyat.cli..");

    @ArchTest
    static final ArchRule uiUsesTheStoreOnlyThroughItsInterface = noClasses().that().resideInAPackage("org.hawliyat.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hawliyat.store.sqlite..", "org.hawliyat.cli..");

    @ArchTest
    static final ArchRule storeInterfacesKnowNoImplementation = noClasses().that().resideInAPackage("org.hawliyat.store")
            .should().dependOnClassesThat().resideInAnyPackage("org.hawliyat.store.jdbc..", "org.hawliyat.store.sqlite..");

    @ArchTest
    static final ArchRule jdbcStoreKnowsNoEngine = noClasses().that().resideInAPackage("org.hawliyat.store.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hawliyat.store.sqlite..", "org.sqlite..", "org.flywaydb..")
            .because("the SQL every engine understands is written once; an engine adds a dialect and a search index"
                    + " beside it (store.sqlite depends on store.jdbc, never the other way)");

    @ArchTest
    static final ArchRule storePackagesFreeOfCycles = slices().matching("org.hawliyat.store.(*)..").should().beFreeOfCycles();

    /** Source lines a class may reach: one idea per class, not the 1,600 lines the store once was. */
    static final int MAX_CLASS_LINES = 600;

    @ArchTest
    static final ArchRule classesStaySmall = classes()
            .should(new ArchCondition<JavaClass>("have no code past line " + MAX_CLASS_LINES + " of their source file") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    int last = lastCodeLine(c);
                    if (last > MAX_CLASS_LINES) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " has code at line " + last));
                    }
                }
            })
            .because("a class that grows past this does more than one thing: split it by responsibility");

    /** The last source line with code (from the class file's line numbers: a little before the file's end). */
    static int lastCodeLine(JavaClass c) {
        return Stream.concat(c.getAccessesFromSelf().stream().map(JavaAccess::getLineNumber),
                        c.getCodeUnits().stream().map(u -> u.getSourceCodeLocation().getLineNumber()))
                .mapToInt(Integer::intValue).max().orElse(0);
    }

    @ArchTest
    static final ArchRule textIsBelowTheTimeline = noClasses().that().resideInAPackage("org.hawliyat.text..")
            .should().dependOnClassesThat().resideInAPackage("org.hawliyat.timeline..")
            .because("text (dates in words, digits, messages) is a bottom layer; the timeline labels its ticks with it");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.hawliyat.(*)..").should().beFreeOfCycles();

    /** Every package on its own, at any depth: ui.edit must not reach back into ui, nor ui into ui.edit's users. */
    @ArchTest
    static final ArchRule noCyclesAtAnyDepth = slices().matching("org.hawliyat.(**)").should().beFreeOfCycles()
            .because("shared UI pieces live in ui.common and the read model in app, so that packages form layers");

    @ArchTest
    static final ArchRule theTimelineControlKnowsNoStore = noClasses().that().resideInAPackage("org.hawliyat.ui.timeline..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hawliyat.store..", "org.hawliyat.app..",
                    "org.hawliyat.io..", "org.hawliyat.cli..")
            .because("the timeline control draws what it is given (TimelineData), wherever it comes from");

    @ArchTest
    static final ArchRule sharedUiPiecesStandAlone = noClasses().that().resideInAPackage("org.hawliyat.ui.common..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hawliyat.ui", "org.hawliyat.ui.article..",
                    "org.hawliyat.ui.edit..", "org.hawliyat.ui.present..", "org.hawliyat.ui.print..",
                    "org.hawliyat.ui.search..", "org.hawliyat.ui.render..", "org.hawliyat.ui.model..");

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToTheConsole = noClasses().that()
            .resideOutsideOfPackage("org.hawliyat.cli..").and().doNotHaveFullyQualifiedName("org.hawliyat.Launcher")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("what the user is not shown goes to the log (SLF4J), with its cause");
}
