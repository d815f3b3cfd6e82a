package org.hawliyat.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** No main class formats, parses or changes case with the JVM's default locale. */
@AnalyzeClasses(packages = "org.hawliyat", importOptions = ImportOption.DoNotIncludeTests.class)
class MachineTextTest {

    @ArchTest
    static final ArchRule noDefaultLocale = MachineTextRule.NO_DEFAULT_LOCALE;
}
