package com.billaudit.stressset;

import com.billaudit.stressset.SchemeCatalog.NonPayableItem;
import com.billaudit.stressset.SchemeCatalog.TariffItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a bill words a service. Easy wordings are the scheme's own name or an alias in some letter
 * case; hard ones are what billing software prints: abbreviations, dosage form first, word order
 * swapped, a department prefix, a doctor's name or a "Charges" suffix. A hard wording is one whose
 * normalised text is none of the scheme's names.
 */
final class Wording {
    /** The printed description and whether it is a hard (non-verbatim) wording. */
    record Variant(String text, boolean hard) {
    }

    // A list, not a Map.of: its iteration order must not change between runs of the same seed.
    private static final List<Map.Entry<String, List<String>>> ABBREVIATIONS = List.of(
            Map.entry("Ultrasound", List.of("USG", "U/S", "Sonography")),
            Map.entry("X-Ray", List.of("X Ray", "XRAY", "Radiograph")),
            Map.entry("Examination", List.of("Exam", "Exam.")),
            Map.entry("Consultation", List.of("Consult.", "Consultation Fee", "Consultation Charges")),
            Map.entry("Charges", List.of("Chgs", "Charge", "Fee")),
            Map.entry("Haemoglobin", List.of("Hemoglobin")),
            Map.entry("Haemogram", List.of("Hemogram")),
            Map.entry("Haemodialysis", List.of("Hemo Dialysis")),
            Map.entry("Anaesthesia", List.of("Anesthesia")),
            Map.entry("Catheterization", List.of("Catheterisation")),
            Map.entry("Nebulization", List.of("Nebulisation", "Neb.")),
            Map.entry("Complete", List.of("Comp.")),
            Map.entry("and", List.of("&")),
            Map.entry("with", List.of("w/", "+")),
            Map.entry("Serum", List.of("S.", "Sr.")),
            Map.entry("Test", List.of("Tests", "Panel")),
            Map.entry("Profile", List.of("Panel", "Prof.")),
            Map.entry("Bilateral", List.of("B/L")),
            Map.entry("Lateral", List.of("Lat.")),
            Map.entry("Physiotherapy", List.of("Physio")),
            Map.entry("Sensitivity", List.of("Sens.")),
            Map.entry("Echocardiography", List.of("Echo")),
            Map.entry("Room Rent", List.of("Bed Charges", "Room Charges")));
    private static final Pattern MEDICINE = Pattern.compile(
            "^(?<drug>.+?) (?<strength>[\\d.]+) ?(?<unit>mg|g|ml|IU|mcg)(?<rest>.*?) (?<form>Tablet|Injection|Capsule|Respules)$");
    private static final Map<String, List<String>> DEPARTMENTS = Map.of("investigation", List.of("LAB - ", "Path: ", "Biochem/"),
            "imaging", List.of("RAD/", "Radiology - ", "IMG: "), "medicine", List.of("Pharmacy: ", "PHY/"),
            "procedure", List.of("OT - ", "Proc: "), "room", List.of("IPD - "), "consumable", List.of("CSSD/", "Stores: "),
            "consultation", List.of("OPD - "));
    private static final Pattern QUALIFIER = Pattern.compile(" ((?:PA View|Plain|Bilateral|with Contrast|Whole Abdomen|AP and Lateral|24 Hours))$");
    private static final List<String> DOCTOR_SUFFIXES = List.of(" (Dr. S. Menon)", " - Dr. Kapoor", " by Dr. A. Rao", " [Dr. P. Iyer]");

    private Wording() {
    }

    static Variant of(Pick pick, TariffItem item, double hardShare) {
        List<String> names = names(item.name(), item.aliases());
        if (pick.chance(hardShare)) {
            for (int attempt = 0; attempt < 6; attempt++) {
                String candidate = hard(pick, item);
                if (candidate != null && !isVerbatim(candidate, names)) {
                    return new Variant(candidate, true);
                }
            }
        }
        return new Variant(recase(pick, pick.of(names)), false);
    }

    static Variant of(Pick pick, NonPayableItem item, double hardShare) {
        List<String> names = names(item.name(), item.aliases());
        if (pick.chance(hardShare)) {
            String base = pick.of(names);
            String candidate = pick.oneOf(base + " (" + pick.between(1, 3) + " Nos)", base.toUpperCase(Locale.ROOT) + " CHGS",
                    "Misc - " + base, base + " - Ward " + pick.between(1, 9));
            return new Variant(candidate, true);
        }
        return new Variant(recase(pick, pick.of(names)), false);
    }

    /** Whether {@code text} normalises to one of the scheme's names. */
    static boolean isVerbatim(String text, List<String> names) {
        String n = normalise(text);
        return names.stream().anyMatch(name -> normalise(name).equals(n));
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    private static String recase(Pick pick, String s) {
        return switch (pick.weighted(5, 3, 1)) {
            case 0 -> s;
            case 1 -> s.toUpperCase(Locale.ROOT);
            default -> titleCase(s);
        };
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static String hard(Pick pick, TariffItem item) {
        String base = pick.chance(0.6) || item.aliases().isEmpty() ? item.name() : pick.of(item.aliases());
        Matcher medicine = MEDICINE.matcher(item.name());
        if (item.category().equals("medicine") && medicine.matches() && pick.chance(0.7)) {
            return medicine(pick, medicine);
        }
        return switch (pick.between(0, 5)) {
            case 0, 1 -> abbreviate(pick, base);
            case 2 -> swapAroundDash(base);
            case 3 -> pick.of(DEPARTMENTS.getOrDefault(item.category(), List.of("Misc: "))) + base;
            case 4 -> item.category().equals("consultation") ? base + pick.of(DOCTOR_SUFFIXES)
                    : base.contains("Charge") ? base.replace("Charges", "Chgs.") : base + " Charges";
            default -> abbreviate(pick, base).toUpperCase(Locale.ROOT);
        };
    }

    private static String abbreviate(Pick pick, String base) {
        String out = base;
        for (Map.Entry<String, List<String>> e : ABBREVIATIONS) {
            if (out.matches("(?i).*\\b" + Pattern.quote(e.getKey()) + "\\b.*") && pick.chance(0.8)) {
                out = out.replaceAll("(?i)\\b" + Pattern.quote(e.getKey()) + "\\b", Matcher.quoteReplacement(pick.of(e.getValue())));
            }
        }
        return out;
    }

    /** "Dressing - Small" becomes "Small Dressing"; a view or region qualifier goes in brackets; else none. */
    private static String swapAroundDash(String base) {
        int dash = base.indexOf(" - ");
        if (dash > 0) {
            return base.substring(dash + 3) + " " + base.substring(0, dash);
        }
        Matcher qualifier = QUALIFIER.matcher(base);
        return qualifier.find() ? base.substring(0, qualifier.start()) + " (" + qualifier.group(1) + ")" : null;
    }

    /** "Pantoprazole 40 mg Injection" as a pharmacy prints it: "Inj. Pantoprazole 40mg", "PANTOPRAZOLE 40MG INJ". */
    private static String medicine(Pick pick, Matcher m) {
        String form = m.group("form");
        String shortForm = switch (form) {
            case "Tablet" -> pick.oneOf("Tab.", "Tab", "TAB");
            case "Injection" -> pick.oneOf("Inj.", "Inj", "INJ");
            case "Capsule" -> pick.oneOf("Cap.", "Cap");
            default -> "Resp.";
        };
        String strength = m.group("strength") + pick.oneOf("", " ") + m.group("unit") + m.group("rest");
        return switch (pick.between(0, 2)) {
            case 0 -> shortForm + " " + m.group("drug") + " " + strength;
            case 1 -> (m.group("drug") + " " + strength + " " + shortForm.replace(".", "")).toUpperCase(Locale.ROOT);
            default -> m.group("drug") + " " + strength.replace(" ", "") + " " + form.toLowerCase(Locale.ROOT);
        };
    }
}
