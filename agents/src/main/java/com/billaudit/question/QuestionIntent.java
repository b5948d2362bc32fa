package com.billaudit.question;

import com.billaudit.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The common questions the rules can answer from an analysis alone, recognised by the phrases of
 * the lexicon's {@code question-intents} list.
 */
enum QuestionIntent {
    WHY_FLAGGED, RECOVERABLE, NOT_PAYABLE, WHAT_IS;

    private static final List<Phrase> PHRASES = load();

    /** The intents whose phrases the question holds, in the order the list names them. */
    static List<QuestionIntent> of(String question) {
        String q = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        List<QuestionIntent> found = new ArrayList<>();
        for (Phrase p : PHRASES) {
            if (q.contains(" " + p.words() + " ") && !found.contains(p.intent())) {
                found.add(p.intent());
            }
        }
        return found;
    }

    private static List<Phrase> load() {
        List<Phrase> phrases = new ArrayList<>();
        for (String entry : Lexicons.shared("question-intents")) {
            String[] parts = entry.split("=>", 2);
            phrases.add(new Phrase(valueOf(parts[0].strip()), parts[1].strip().toLowerCase(Locale.ROOT)));
        }
        return List.copyOf(phrases);
    }

    private record Phrase(QuestionIntent intent, String words) {
    }
}
