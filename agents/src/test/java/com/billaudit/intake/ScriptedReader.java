package com.billaudit.intake;

import com.billaudit.domain.DocumentText;

import java.time.Duration;

/** A document reader for tests: every upload sniffs as plain text and reads as its script says. */
public final class ScriptedReader implements DocumentReader {

    /** What reading does, given its budget: return a text, throw, or overrun. */
    @FunctionalInterface
    public interface Script {
        DocumentText read(Duration budget);
    }

    private final Script script;

    private ScriptedReader(Script script) {
        this.script = script;
    }

    /** A reader that reads {@code text} from every upload. */
    public static DocumentReader returning(DocumentText text) {
        return new ScriptedReader(budget -> text);
    }

    /** A reader that reads as {@code script} says. */
    public static DocumentReader reading(Script script) {
        return new ScriptedReader(script);
    }

    @Override
    public String sniff(byte[] content) {
        return "text/plain";
    }

    @Override
    public DocumentText read(byte[] content, String mediaType, Duration budget) {
        return script.read(budget);
    }
}
