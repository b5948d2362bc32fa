package com.billaudit.persistence.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A WHERE clause built from optional filters, with its named bindings (no untyped nulls reach SQL). */
final class Conditions {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> bindings = new HashMap<>();

    Conditions add(String clause) {
        clauses.add(clause);
        return this;
    }

    /** Adds {@code clause} binding {@code value} as {@code :name}, unless the value is null. */
    Conditions addIf(Object value, String name, String clause) {
        if (value != null) {
            clauses.add(clause);
            bindings.put(name, value);
        }
        return this;
    }

    Conditions bind(String name, Object value) {
        bindings.put(name, value);
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    Map<String, Object> bindings() {
        return bindings;
    }
}
