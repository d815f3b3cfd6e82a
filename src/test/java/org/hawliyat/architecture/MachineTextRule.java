package org.hawliyat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.text.BreakIterator;
import java.text.Collator;
import java.text.DateFormat;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The calls that quietly take the JVM's default locale. Under Arabic they write Arabic-Indic digits
 * ({@code String.format("%04d", 1993)} is «١٩٩٣»), under Turkish {@code "TITLE".toLowerCase()} is
 * "tıtle". Machine text takes {@link Locale#ROOT}; what people read takes the app's language.
 */
final class MachineTextRule {

    /** A method or constructor ({@code <init>}) with these exact parameter types. */
    record Signature(Class<?> owner, String name, Class<?>... parameters) {

        boolean matches(JavaCall<?> call) {
            var target = call.getTarget();
            List<JavaClass> types = target.getRawParameterTypes();
            if (!target.getOwner().isEquivalentTo(owner) || !target.getName().equals(name)
                    || types.size() != parameters.length) {
                return false;
            }
            for (int i = 0; i < parameters.length; i++) {
                if (!types.get(i).isEquivalentTo(parameters[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(owner.getSimpleName()).append('.').append(name).append('(');
            for (int i = 0; i < parameters.length; i++) {
                s.append(i == 0 ? "" : ", ").append(parameters[i].getSimpleName());
            }
            return s.append(')').toString();
        }
    }

    private static final String INIT = "<init>";

    static final List<Signature> DEFAULT_LOCALE_CALLS = List.of(
            new Signature(String.class, "format", String.class, Object[].class),
            new Signature(String.class, "formatted", Object[].class),
            new Signature(String.class, "toLowerCase"),
            new Signature(String.class, "toUpperCase"),
            new Signature(PrintStream.class, "printf", String.class, Object[].class),
            new Signature(PrintStream.class, "format", String.class, Object[].class),
            new Signature(PrintWriter.class, "printf", String.class, Object[].class),
            new Signature(PrintWriter.class, "format", String.class, Object[].class),
            new Signature(Formatter.class, INIT),
            new Signature(Formatter.class, INIT, Appendable.class),
            new Signature(DateTimeFormatter.class, "ofPattern", String.class),
            new Signature(DateTimeFormatter.class, "ofLocalizedDate", FormatStyle.class),
            new Signature(DateTimeFormatter.class, "ofLocalizedTime", FormatStyle.class),
            new Signature(DateTimeFormatter.class, "ofLocalizedDateTime", FormatStyle.class),
            new Signature(DateTimeFormatter.class, "ofLocalizedDateTime", FormatStyle.class, FormatStyle.class),
            new Signature(NumberFormat.class, "getInstance"),
            new Signature(NumberFormat.class, "getNumberInstance"),
            new Signature(NumberFormat.class, "getIntegerInstance"),
            new Signature(NumberFormat.class, "getPercentInstance"),
            new Signature(NumberFormat.class, "getCurrencyInstance"),
            new Signature(NumberFormat.class, "getCompactNumberInstance"),
            new Signature(DecimalFormat.class, INIT),
            new Signature(DecimalFormat.class, INIT, String.class),
            new Signature(SimpleDateFormat.class, INIT),
            new Signature(SimpleDateFormat.class, INIT, String.class),
            new Signature(DateFormat.class, "getInstance"),
            new Signature(DateFormat.class, "getDateInstance"),
            new Signature(DateFormat.class, "getDateInstance", int.class),
            new Signature(DateFormat.class, "getDateTimeInstance"),
            new Signature(DateFormat.class, "getDateTimeInstance", int.class, int.class),
            new Signature(DateFormat.class, "getTimeInstance"),
            new Signature(DateFormat.class, "getTimeInstance", int.class),
            new Signature(MessageFormat.class, INIT, String.class),
            new Signature(MessageFormat.class, "format", String.class, Object[].class),
            new Signature(Collator.class, "getInstance"),
            new Signature(BreakIterator.class, "getLineInstance"),
            new Signature(BreakIterator.class, "getWordInstance"),
            new Signature(BreakIterator.class, "getSentenceInstance"),
            new Signature(BreakIterator.class, "getCharacterInstance"),
            new Signature(ResourceBundle.class, "getBundle", String.class),
            new Signature(Locale.class, "getDefault"),
            new Signature(Locale.class, "getDefault", Locale.Category.class));

    static final ArchRule NO_DEFAULT_LOCALE = noClasses()
            .should().callCodeUnitWhere(new DescribedPredicate<JavaCall<?>>(
                    "a method that takes the default locale: " + DEFAULT_LOCALE_CALLS) {
                @Override
                public boolean test(JavaCall<?> call) {
                    return DEFAULT_LOCALE_CALLS.stream().anyMatch(s -> s.matches(call));
                }
            })
            .because("machine text (database, data files, --json, list, logs) is written with Locale.ROOT and"
                    + " what people read follows the app's language and digit settings, never the JVM default");

    private MachineTextRule() {
    }
}
