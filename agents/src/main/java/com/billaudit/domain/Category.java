package com.billaudit.domain;

import java.util.Locale;

/** The kind of service a charge is for. */
public enum Category {
    CONSULTATION, INVESTIGATION, IMAGING, PROCEDURE, ROOM, NURSING, MEDICINE, CONSUMABLE, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category named {@code code} (case-insensitive), or {@code OTHER} for anything else. */
    public static Category fromCode(String code) {
        if (code == null) {
            return OTHER;
        }
        for (Category c : values()) {
            if (c.code().equalsIgnoreCase(code.trim())) {
                return c;
            }
        }
        return OTHER;
    }

    /** Strict variant for imports: null when {@code code} names no category. */
    public static Category parse(String code) {
        if (code == null) {
            return null;
        }
        for (Category c : values()) {
            if (c.code().equalsIgnoreCase(code.trim())) {
                return c;
            }
        }
        return null;
    }
}
