package com.billaudit.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a bill description may be read when it is looked up. Bills add asides in brackets
 * ("CBC (complete haemogram)", "Colonoscopy (diagnostic)") and give alternatives with a slash
 * ("KFT / RFT"); the description without the aside, the aside alone and each alternative are
 * looked up too, at a small discount so that the full text wins when it matches as well.
 */
final class QueryForms {
    private static final Pattern ASIDE = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s+/\\s+");
    static final double WITHOUT_ASIDE = 0.97;
    static final double PART = 0.95;

    private QueryForms() {
    }

    /** Each form with the factor its similarity is multiplied by; the full text first, at 1. */
    static Map<String, Double> of(String description) {
        Map<String, Double> forms = new LinkedHashMap<>();
        forms.put(description, 1.0);
        Matcher aside = ASIDE.matcher(description);
        List<String> asides = new ArrayList<>();
        while (aside.find()) {
            asides.add(aside.group(1));
        }
        if (!asides.isEmpty()) {
            forms.putIfAbsent(ASIDE.matcher(description).replaceAll(" ").trim(), WITHOUT_ASIDE);
            asides.forEach(a -> forms.putIfAbsent(a.trim(), PART));
        }
        String[] parts = ALTERNATIVES.split(description);
        if (parts.length > 1) {
            for (String part : parts) {
                forms.putIfAbsent(part.trim(), PART);
            }
        }
        forms.keySet().removeIf(String::isBlank);
        return forms;
    }
}
