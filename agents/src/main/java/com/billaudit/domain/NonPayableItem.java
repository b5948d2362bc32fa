package com.billaudit.domain;

import java.util.List;

/** A service or item the scheme does not pay for, with the reason it gives. */
public record NonPayableItem(String name, String category, String reason, List<String> aliases) {
    public NonPayableItem {
        aliases = List.copyOf(aliases);
    }
}
