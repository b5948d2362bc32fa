package com.billaudit.audit;

import com.billaudit.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a bill description may be read when it is looked up. Bills add asides in brackets
 * ("CBC (complete haemogram)", "Colonoscopy (diagnostic)") and give alternatives with a slash
 * ("KFT / RFT"); the description without the aside, the aside alone and each alternative are
 * looked up too, at a small discount so that the full text wins when it matches as well.
 *
 * <p>Billing software also prints the department as a heading before the service ("Path:
 * Bilirubin", "OT - Tonsillectomy", "Biochem/Calcium") and the doctor after it ("... by Dr. A.
 * Rao", "... - Dr. Kapoor") or the ward or bed ("... - Ward 4"). None of them names the service: the description without them is looked up
 * at full weight, and with a department heading the full text only at a discount, so that the
 * heading ("OT", "OPD") does not pull the line to the row named after the department. Item and
 * batch codes, amounts and dates printed in the description's cell ("LAB3648 Serum Creatinine",
 * "Oxygen Charges 06 Aug 2025") are left out the same way.
 */
final class QueryForms {
    /** Each month's abbreviation, the first spelling of its line in {@code lexicon/month-names.txt}. */
    private static final String MONTHS = Lexicons.alternation(Lexicons.shared("month-names").stream()
            .map(line -> line.split("\\s+")[0]).toList());
    private static final Pattern ASIDE = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s+/\\s+");
    /** One to three words, then a heading separator, then the rest. */
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*([a-z][a-z.&]*(?:\\s+[a-z][a-z.&]*){0,2})\\s*(?::|/|-|–|—|\\||>|»)+\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "by Dr. X", "- Dr X", "(Dr. X)", "Dr. X" at the end of the description. */
    private static final Pattern DOCTOR = Pattern.compile(
            "(?:\\s*[-–—,:|]\\s*|\\s+(?:" + aside("doctor-by") + ")\\s+|\\s*[(\\[]\\s*|\\s+)(?:" + aside("doctor")
                    + ")\\b\\.?\\s*([a-z][a-z.\\s]*?)\\s*[)\\]]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Where the patient was: "- Ward 4", "(Bed No. 12)", ", Room 203" at the end of the description. */
    private static final Pattern LOCATION = Pattern.compile(
            "(?:\\s*[-–—,:|]\\s*|\\s*[(\\[]\\s*|\\s+)(?:" + aside("location") + ")\\s*(?:(?:" + aside("location-number") + ")\\.?|#)?\\s*"
                    + "[a-z]?-?\\d+[a-z]?\\s*[)\\]]?\\s*$", Pattern.CASE_INSENSITIVE);
    /** An item, batch or service code: a few letters glued to four or more digits ("LAB3648", "ZU62618"). */
    private static final Pattern CODE = Pattern.compile("\\b[a-z]{1,4}-?\\d{4,}[a-z]?\\b", Pattern.CASE_INSENSITIVE);
    /** A money amount or a date that reading the table left in the description's cell. */
    private static final Pattern AMOUNT_OR_DATE = Pattern.compile(
            "\\b\\d{1,3}(?:,\\d{2,3})*\\.\\d{2}\\b(?!\\s*(?:%|[a-z]))"
                    + "|\\b\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})\\b"
                    + "|\\b\\d{1,2}[\\s-]+(?:" + MONTHS + ")[a-z]*\\.?[\\s,-]+(?:\\d{4}|\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDS = Pattern.compile("[^a-z]+");
    private static final List<String> HEADING_JOINERS = Lexicons.kind("description-asides", "heading-joiner");
    static final double WITHOUT_ASIDE = 0.97;
    static final double PART = 0.95;
    /** The full text of a line printed under a department heading. */
    static final double WITH_HEADING = 0.95;

    private QueryForms() {
    }

    /** As {@link #of(String, Predicate)} for a vocabulary that knows no word. */
    static Map<String, Double> of(String description) {
        return of(description, word -> false);
    }

    /**
     * Each form with the factor its similarity is multiplied by; the full text first.
     *
     * @param known whether a normalised word is one the reference names use: the words after "Dr."
     *              are only a doctor's name when none of them is ("Dr. Visit" is a service)
     */
    static Map<String, Double> of(String description, Predicate<String> known) {
        Map<String, Double> forms = new LinkedHashMap<>();
        String core = withoutDoctor(withoutLocation(withoutHeadings(withoutCodes(description))), known);
        forms.put(description, core.equals(withoutDoctor(withoutLocation(description), known)) ? 1.0 : WITH_HEADING);
        forms.put(core, 1.0);
        Matcher aside = ASIDE.matcher(core);
        List<String> asides = new ArrayList<>();
        while (aside.find()) {
            asides.add(aside.group(1));
        }
        if (!asides.isEmpty()) {
            forms.putIfAbsent(ASIDE.matcher(core).replaceAll(" ").trim(), WITHOUT_ASIDE);
            asides.forEach(a -> forms.putIfAbsent(a.trim(), PART));
        }
        String[] parts = ALTERNATIVES.split(core);
        if (parts.length > 1) {
            for (String part : parts) {
                forms.putIfAbsent(part.trim(), PART);
            }
        }
        forms.keySet().removeIf(String::isBlank);
        return forms;
    }

    /** The description without item or batch codes, amounts or dates printed in the same cell. */
    private static String withoutCodes(String description) {
        String text = CODE.matcher(description).find() ? CODE.matcher(description).replaceAll(" ") : description;
        text = AMOUNT_OR_DATE.matcher(text).find() ? AMOUNT_OR_DATE.matcher(text).replaceAll(" ") : text;
        return text.trim();
    }

    /** The description without the department headings printed before it. */
    private static String withoutHeadings(String description) {
        String text = description;
        for (int depth = 0; depth < 2; depth++) {
            Matcher heading = HEADING.matcher(text);
            if (!heading.matches() || !isDepartment(heading.group(1))) {
                break;
            }
            text = heading.group(2).trim();
        }
        return text;
    }

    private static boolean isDepartment(String heading) {
        boolean any = false;
        for (String word : WORDS.split(heading.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty() || HEADING_JOINERS.contains(word)) {
                continue;
            }
            if (!DescriptionNormaliser.isDepartment(word)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static String withoutLocation(String description) {
        Matcher location = LOCATION.matcher(description);
        return location.find() && location.start() > 0 ? description.substring(0, location.start()).trim() : description;
    }

    /** The description without a doctor's name at its end, when what follows "Dr." is a name. */
    private static String withoutDoctor(String description, Predicate<String> known) {
        Matcher doctor = DOCTOR.matcher(description);
        if (!doctor.find() || doctor.start() == 0) {
            return description;
        }
        for (String word : WORDS.split(doctor.group(1).toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && DescriptionNormaliser.word(word).stream().anyMatch(known)) {
                return description;
            }
        }
        return description.substring(0, doctor.start()).trim();
    }

    private static String aside(String kind) {
        return Lexicons.alternation(Lexicons.kind("description-asides", kind));
    }
}
