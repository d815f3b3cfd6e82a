package org.hawliyat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers: model at the bottom; store (SQL) and io (Jackson) beside each other on it; app
 * over them; ui and cli on top. Logic never touches JavaFX.
 */
@AnalyzeClasses(packages = "org.hawliyat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] HEADLESS = {"org.hawliyat.model..", "org.hawliyat.store..", "org.hawliyat.io..",
        "org.hawliyat.app..", "org.hawliyat.text..", "org.hawliyat.timeline..", "org.hawliyat.reading..", "org.hawliyat.editing..",
        "org.hawliyat.cli.."};

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
    static final ArchRule textIsBelowTheTimeline = noClasses().that().resideInAPackage("org.hawliyat.text..")
            .should().dependOnClassesThat().resideInAPackage("org.hawliyat.timeline..")
            .because("text (dates in words, digits, messages) is a bottom layer; the timeline labels its ticks with it");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.hawliyat.(*)..").should().beFreeOfCycles();
}
