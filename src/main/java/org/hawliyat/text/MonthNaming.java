package org.hawliyat.text;

/**
 * Which names Arabic text gives the Gregorian months: those used in Egypt and the Gulf (and in the
 * source articles), or the Syriac-derived names of the Levant and Iraq. English has one set.
 */
public enum MonthNaming {
    /** يناير، فبراير، مارس … ديسمبر. */
    GREGORIAN("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر"),
    /** كانون الثاني، شباط، آذار … كانون الأول. */
    LEVANTINE("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
            "تشرين الثاني", "كانون الأول");

    private final String[] arabicNames;

    MonthNaming(String... arabicNames) {
        this.arabicNames = arabicNames;
    }

    /**
     * The Arabic name of the month.
     *
     * @param month 1 (January) to 12
     * @throws IllegalArgumentException for any other month number
     */
    public String arabicName(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        return arabicNames[month - 1];
    }
}
