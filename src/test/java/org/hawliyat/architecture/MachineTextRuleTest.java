package org.hawliyat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The machine-text rule catches the careless calls and lets the careful ones pass. */
class MachineTextRuleTest {

    /** Code as it was written before: every line here takes the default locale. */
    @SuppressWarnings("unused")
    static final class CarelessFormatting {
        String iso(int year) {
            return String.format("%04d", year);
        }

        String lower(String s) {
            return s.toLowerCase();
        }

        String stamp(java.time.LocalDate d) {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd").format(d);
        }

        void list(java.io.PrintWriter out, int n) {
            out.printf("%d%n", n);
        }

        String message(int n) {
            return new MessageFormat("{0}").format(new Object[] {n});
        }
    }

    /** The same work done right: nothing here may be reported. */
    @SuppressWarnings("unused")
    static final class CarefulFormatting {
        String iso(int year) {
            return String.format(Locale.ROOT, "%04d", year);
        }

        String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }

        String stamp(java.time.LocalDate d) {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).format(d);
        }

        void list(java.io.PrintWriter out, int n) {
            out.printf(Locale.ROOT, "%d%n", n);
        }

        String message(int n) {
            return new MessageFormat("{0}", Locale.ROOT).format(new Object[] {n});
        }
    }

    @Test
    void theRuleReportsEveryCallThatTakesTheDefaultLocale() {
        JavaClasses careless = new ClassFileImporter().importClasses(CarelessFormatting.class);
        EvaluationResult result = MachineTextRule.NO_DEFAULT_LOCALE.evaluate(careless);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("String.format(java.lang.String, [Ljava.lang.Object;)")
                .contains("String.toLowerCase()")
                .contains("DateTimeFormatter.ofPattern(java.lang.String)")
                .contains("PrintWriter.printf(java.lang.String, [Ljava.lang.Object;)")
                .contains("MessageFormat.<init>(java.lang.String)");
        assertThat(result.getFailureReport().getDetails()).hasSize(5);
    }

    @Test
    void theRuleLetsAnExplicitLocalePass() {
        JavaClasses careful = new ClassFileImporter().importClasses(CarefulFormatting.class);

        assertThat(MachineTextRule.NO_DEFAULT_LOCALE.evaluate(careful).hasViolation()).isFalse();
    }
}
