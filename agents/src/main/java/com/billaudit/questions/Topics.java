package com.billaudit.questions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/** The topics a question can be about, recognised by the words of {@code questions/topics.properties}. */
final class Topics {
    static final String RECOVERABLE = "RECOVERABLE";
    static final String VERDICT = "VERDICT";

    private final Map<String, List<Pattern>> phrases;

    private Topics(Map<String, List<Pattern>> phrases) {
        this.phrases = phrases;
    }

    static Topics load() {
        Properties properties = new Properties();
        try (InputStream in = Topics.class.getResourceAsStream("/questions/topics.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Pattern>> phrases = new LinkedHashMap<>();
        for (String topic : properties.stringPropertyNames()) {
            List<Pattern> patterns = new ArrayList<>();
            for (String phrase : properties.getProperty(topic).split(",")) {
                patterns.add(Pattern.compile("\\b" + Pattern.quote(phrase.trim()) + "\\b"));
            }
            phrases.put(topic, patterns);
        }
        return new Topics(phrases);
    }

    /** The topics whose words the question uses. */
    Set<String> of(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        Set<String> found = new java.util.TreeSet<>();
        phrases.forEach((topic, patterns) -> {
            if (patterns.stream().anyMatch(p -> p.matcher(text).find())) {
                found.add(topic);
            }
        });
        return found;
    }
}
