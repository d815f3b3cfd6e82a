package org.hawliyat.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Words for SYNTHETIC benchmark text, drawn as words are in real text: a few stop words very
 * often, then content words ever more rarely (a Zipf distribution, frequency proportional to
 * 1/rank). The vocabulary is a diplomatic one, with every country's name from the JDK's locale
 * data, Arabic words sometimes written with a clitic (و, ب, ل) as Arabic is, and years in Western
 * or Arabic-Indic digits. Real text has a far larger vocabulary, so each word here is more common
 * than it would be in a real catalogue, which makes search harder, not easier.
 *
 * <p>The words that label records as synthetic («اصطناعي», "synthetic", …) are not in the vocabulary.
 */
final class SyntheticText {

    static final List<String> AR_STOP_WORDS = List.of("في", "من", "على", "إلى", "مع", "بين", "خلال", "عن", "التي",
            "الذي", "كما", "أن", "وقد", "هذا", "بعد");

    static final List<String> AR_CONTENT = List.of("العلاقات", "الثنائية", "البلدين", "زيارة", "رسمية", "وفد",
            "التعاون", "الاقتصادي", "اتفاقية", "مذكرة", "تفاهم", "السفارة", "السفير", "القنصلية", "الوزير", "وزارة",
            "الخارجية", "الرئيس", "الأمير", "الملك", "ولي", "العهد", "رئيس", "الوزراء", "البرلمان", "مجلس", "الشورى",
            "اللجنة", "المشتركة", "الدورة", "الاجتماع", "القمة", "المنتدى", "المؤتمر", "الاستثمار", "الطاقة",
            "الزراعة", "التجارة", "الصناعة", "التعدين", "النفط", "الغاز", "الكهرباء", "المياه", "التعليم", "الصحة",
            "الثقافة", "الرياضة", "السياحة", "النقل", "الطيران", "الموانئ", "الشحن", "البنوك", "التمويل", "الصندوق",
            "السيادي", "الشركات", "القطاع", "الخاص", "الأعمال", "الغرفة", "التجارية", "المعرض", "الجامعة", "المنحة",
            "الطلاب", "البعثة", "الدبلوماسية", "التأشيرة", "الحدود", "الأمن", "الدفاع", "العسكري", "التدريب",
            "المناورات", "السلام", "الوساطة", "المفاوضات", "الأزمة", "اللاجئين", "المساعدات", "الإنسانية", "الإغاثة",
            "التنمية", "المستدامة", "البيئة", "المناخ", "الغذاء", "القمح", "الحبوب", "الأسمدة", "البتروكيماويات",
            "التكنولوجيا", "الاتصالات", "الفضاء", "الأقمار", "الإعلام", "الصحافة", "الوكالة", "الختامي", "التوقيع",
            "التصديق", "المرسوم", "القرار", "الاحتفال", "الذكرى", "الوسام", "التكريم", "الشراكة", "الاستراتيجية",
            "تعزيز", "توسيع", "تطوير", "بحث", "مناقشة", "استعراض", "افتتاح", "تدشين", "استقبال", "توديع", "مباحثات",
            "محادثات", "لقاء", "اتصال", "هاتفي", "رسالة", "دعوة", "تهنئة", "تعزية", "الأول", "الثاني", "الجديدة",
            "الدولية", "الإقليمية", "العربية", "الخليج", "آسيا", "الوسطى", "أوروبا", "أفريقيا", "مستوى", "آفاق",
            "فرص", "مشاريع", "إنشاء", "تأسيس", "ممثل", "مبعوث", "خاص", "سمو", "فخامة", "معالي", "الشيخ", "الدكتور",
            "مستشفى", "مبنى", "مقر", "منطقة", "العاصمة", "مدينة", "ميناء", "مطار",
            // places and people, as often written in Arabic
            "الدوحة", "أستانا", "الرياض", "أبوظبي", "الكويت", "مسقط", "المنامة", "القاهرة", "عمّان", "الرباط",
            "أنقرة", "طهران", "بكين", "موسكو", "نيودلهي", "طوكيو", "باريس", "برلين", "لندن", "واشنطن", "طشقند",
            "بشكيك", "دوشنبه", "عشق", "آباد", "باكو", "إسلام", "ألماتي", "جنيف", "نيويورك", "محمد", "أحمد", "عبدالله",
            "خالد", "سلطان", "حمد", "تميم", "نور", "جاسم", "فهد", "سعود", "علي", "حسن", "يوسف", "إبراهيم", "مريم",
            "فاطمة", "عائشة", "نزارباييف", "توكاييف");

    static final List<String> EN_STOP_WORDS = List.of("the", "of", "and", "in", "to", "with", "on", "for", "between",
            "during", "a", "by", "its", "was", "has");

    static final List<String> EN_CONTENT = List.of("relations", "bilateral", "visit", "official", "delegation",
            "cooperation", "economic", "agreement", "memorandum", "understanding", "embassy", "embassies",
            "ambassador", "consulate", "minister", "ministry", "foreign", "affairs", "president", "emir", "king",
            "crown", "prince", "prime", "parliament", "council", "committee", "joint", "session", "meeting", "summit",
            "forum", "conference", "investment", "energy", "agriculture", "trade", "industry", "mining", "oil", "gas",
            "electricity", "water", "education", "health", "culture", "sports", "tourism", "transport", "aviation",
            "ports", "shipping", "banks", "finance", "fund", "sovereign", "companies", "private", "sector", "business",
            "chamber", "exhibition", "university", "scholarship", "students", "mission", "diplomatic", "visa",
            "border", "security", "defence", "military", "training", "exercises", "peace", "mediation",
            "negotiations", "crisis", "refugees", "aid", "humanitarian", "relief", "development", "sustainable",
            "environment", "climate", "food", "wheat", "grain", "fertilisers", "petrochemicals", "technology",
            "telecommunications", "space", "satellites", "media", "press", "agency", "statement", "final",
            "signing", "ratification", "decree", "decision", "celebration", "anniversary", "order", "honour",
            "partnership", "strategic", "strengthen", "expand", "develop", "discuss", "review", "opening",
            "inauguration", "reception", "farewell", "talks", "call", "letter", "invitation", "congratulations",
            "condolences", "first", "second", "new", "international", "regional", "Arab", "Gulf", "Asia", "Central",
            "Europe", "Africa", "level", "prospects", "opportunities", "projects", "establishment", "founding",
            "representative", "envoy", "special", "Highness", "Excellency", "Sheikh", "Doctor", "hospital",
            "building", "headquarters", "region", "capital", "city", "port", "airport",
            "Doha", "Astana", "Riyadh", "Abu", "Dhabi", "Kuwait", "Muscat", "Manama", "Cairo", "Amman", "Rabat",
            "Ankara", "Tehran", "Beijing", "Moscow", "Delhi", "Tokyo", "Paris", "Berlin", "London", "Washington",
            "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Baku", "Islamabad", "Almaty", "Geneva", "York",
            "Mohammed", "Ahmed", "Abdullah", "Khalid", "Sultan", "Hamad", "Tamim", "Nour", "Jassim", "Fahad",
            "Saud", "Ali", "Hassan", "Youssef", "Ibrahim", "Maryam", "Fatima", "Aisha", "Nazarbayev", "Tokayev");

    private final String[] arabic;
    private final String[] english;
    /** Cumulative Zipf weights of the ranks of each vocabulary. */
    private final double[] arabicWeights;
    private final double[] englishWeights;

    SyntheticText(long seed) {
        Random order = new Random(seed);
        arabic = vocabulary(AR_STOP_WORDS, AR_CONTENT, countryNames(Locale.forLanguageTag("ar")), order);
        english = vocabulary(EN_STOP_WORDS, EN_CONTENT, countryNames(Locale.ENGLISH), order);
        arabicWeights = zipf(arabic.length);
        englishWeights = zipf(english.length);
    }

    /** The whole Arabic vocabulary, most common first. */
    List<String> arabicVocabulary() {
        return List.of(arabic);
    }

    /** The whole English vocabulary, most common first. */
    List<String> englishVocabulary() {
        return List.of(english);
    }

    /** Stop words first, then the content words and country names in an order of their own. */
    private static String[] vocabulary(List<String> stop, List<String> content, List<String> countries, Random order) {
        Set<String> rest = new LinkedHashSet<>(content); // each word once: a name shared by countries is one word
        for (String country : countries) {
            for (String word : country.split("[\\s()\\-–,.]+")) { // names are words in the text, like the rest
                if (!word.isEmpty()) {
                    rest.add(word);
                }
            }
        }
        rest.removeAll(stop);
        List<String> shuffled = new ArrayList<>(rest);
        Collections.shuffle(shuffled, order);
        List<String> all = new ArrayList<>(stop);
        all.addAll(shuffled);
        return all.toArray(String[]::new);
    }

    private static List<String> countryNames(Locale language) {
        List<String> names = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(language);
            if (!name.isBlank() && !name.equals(code)) {
                names.add(name);
            }
        }
        return names;
    }

    private static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 1; rank <= size; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    /** {@code count} words, space-separated. */
    String words(Random random, boolean inArabic, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(inArabic ? arabicWord(random) : englishWord(random));
        }
        return text.toString();
    }

    /** Paragraphs of 40 to 100 words, each ending with a full stop, some with a year. */
    String paragraphs(Random random, boolean inArabic, int count) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            if (p > 0) {
                text.append('\n');
            }
            text.append(words(random, inArabic, 40 + random.nextInt(60)));
            if (random.nextInt(3) == 0) {
                String year = String.valueOf(1800 + random.nextInt(226));
                text.append(inArabic ? " عام " + (random.nextBoolean() ? year : arabicIndic(year)) : " in " + year);
            }
            text.append('.');
        }
        return text.toString();
    }

    private String arabicWord(Random random) {
        String word = arabic[pick(random, arabicWeights)];
        if (word.length() < 3 || AR_STOP_WORDS.contains(word)) {
            return word;
        }
        // clitics as Arabic writes them: «والسفارة», «بالسفارة», «للسفارة», «وزيارة», «لكازاخستان»
        int clitic = random.nextInt(100);
        boolean article = word.startsWith("ال");
        if (clitic < 10) {
            return "و" + word;
        }
        if (clitic < 14) {
            return "ب" + word;
        }
        if (clitic < 17) {
            return article ? "ل" + word.substring(1) : "ل" + word;
        }
        return word;
    }

    private String englishWord(Random random) {
        return english[pick(random, englishWeights)];
    }

    private static int pick(Random random, double[] cumulative) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }

    static String arabicIndic(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : c);
        }
        return out.toString();
    }
}
