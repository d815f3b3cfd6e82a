package org.hawliyat.testing;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * The JVM's default locale and time zone, set for a piece of work and put back after it: the
 * computer a user runs the app on, inside one test.
 */
public record DefaultLocale(Locale locale, TimeZone zone) {

    /** Arabic, Saudi Arabia: Arabic-Indic digits from String.format and NumberFormat. */
    public static final DefaultLocale ARABIC = of("ar-SA", "Asia/Qatar");
    public static final DefaultLocale ENGLISH = of("en-US", "UTC");
    /** Turkish: "I".toLowerCase() is "ı", "i".toUpperCase() is "İ". */
    public static final DefaultLocale TURKISH = of("tr-TR", "America/Los_Angeles");
    /** Persian, Iran: extended Arabic-Indic digits (۱۹۹۳). */
    public static final DefaultLocale PERSIAN = of("fa-IR", "Asia/Tehran");

    public static final List<DefaultLocale> ALL = List.of(ARABIC, ENGLISH, TURKISH, PERSIAN);

    public static DefaultLocale of(String languageTag, String zone) {
        return new DefaultLocale(Locale.forLanguageTag(languageTag), TimeZone.getTimeZone(zone));
    }

    /** Runs the work with this default locale and time zone, then restores the ones before. */
    public <T> T run(Callable<T> work) throws Exception {
        Locale locale = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        TimeZone zone = TimeZone.getDefault();
        Locale.setDefault(this.locale);
        TimeZone.setDefault(this.zone);
        try {
            return work.call();
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
            TimeZone.setDefault(zone);
        }
    }

    /** Sets this default locale and time zone until {@link #restore} is called with what it returns. */
    public DefaultLocale apply() {
        DefaultLocale before = new DefaultLocale(Locale.getDefault(), TimeZone.getDefault());
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
        return before;
    }

    @Override
    public String toString() {
        return locale.toLanguageTag() + " " + zone.getID();
    }
}
