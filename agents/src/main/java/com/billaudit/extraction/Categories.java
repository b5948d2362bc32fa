package com.billaudit.extraction;

import com.billaudit.domain.Category;
import com.billaudit.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The kind of service a charge is for, from the words of its description. */
final class Categories {

    /**
     * The rules of {@code lexicon/category-words.txt}, checked in order: the first rule whose words
     * occur wins, so specific words come before general ones.
     */
    private static final List<Map.Entry<Category, Pattern>> RULES = rules(Lexicons.shared("category-words"));

    private Categories() {
    }

    static Category of(String description) {
        String text = description.toLowerCase(Locale.ROOT);
        for (Map.Entry<Category, Pattern> rule : RULES) {
            if (rule.getValue().matcher(text).find()) {
                return rule.getKey();
            }
        }
        return Category.OTHER;
    }

    /** One rule a {@code [CATEGORY]} section, its entries the alternatives of one pattern. */
    private static List<Map.Entry<Category, Pattern>> rules(List<String> entries) {
        List<Map.Entry<Category, Pattern>> rules = new ArrayList<>();
        Category category = null;
        List<String> words = new ArrayList<>();
        for (String entry : entries) {
            if (entry.startsWith("[") && entry.endsWith("]")) {
                if (category != null) {
                    rules.add(rule(category, String.join("|", words)));
                }
                category = Category.valueOf(entry.substring(1, entry.length() - 1));
                words.clear();
            } else if (category == null) {
                throw new IllegalStateException("lexicon/category-words.txt: an entry before any [CATEGORY]: " + entry);
            } else {
                words.add(entry);
            }
        }
        if (category != null) {
            rules.add(rule(category, String.join("|", words)));
        }
        return List.copyOf(rules);
    }

    private static Map.Entry<Category, Pattern> rule(Category category, String words) {
        return Map.entry(category, Pattern.compile("(?<![a-z0-9])(?:" + words + ")(?![a-z0-9])"));
    }
}
