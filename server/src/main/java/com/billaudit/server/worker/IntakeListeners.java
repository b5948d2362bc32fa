package com.billaudit.server.worker;

import com.billaudit.ocr.IntakeListener;

import java.util.List;

/** Several observers of intake (metrics, progress) as the one listener intake takes. */
public record IntakeListeners(List<IntakeListener> listeners) implements IntakeListener {
    public IntakeListeners(IntakeListener... listeners) {
        this(List.of(listeners));
    }

    @Override
    public void pageRead(String textSource, double seconds, Double confidence) {
        listeners.forEach(listener -> listener.pageRead(textSource, seconds, confidence));
    }
}
