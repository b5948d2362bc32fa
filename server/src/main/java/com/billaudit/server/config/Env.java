package com.billaudit.server.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** Typed, validated reads of environment variables; every failure names the variable. */
final class Env {
    private final Map<String, String> values;

    Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The trimmed value, or null when unset or blank. */
    String optional(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    String string(String name, String fallback) {
        String value = optional(name);
        return value == null ? fallback : value;
    }

    int integer(String name, int fallback, int min, int max) {
        return (int) number(name, fallback, min, max);
    }

    long number(String name, long fallback, long min, long max) {
        String raw = optional(name);
        if (raw == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new ConfigException(name, raw, "an integer from " + min + " to " + max);
    }

    BigDecimal decimal(String name, String fallback, String min, String max) {
        String raw = string(name, fallback);
        try {
            BigDecimal value = new BigDecimal(raw);
            if (value.compareTo(new BigDecimal(min)) >= 0 && value.compareTo(new BigDecimal(max)) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new ConfigException(name, raw, "a decimal number from " + min + " to " + max);
    }

    Duration seconds(String name, long fallback, long min, long max) {
        return Duration.ofSeconds(number(name, fallback, min, max));
    }

    /** A duration as seconds ({@code 90}) or with a unit: {@code 45s}, {@code 30m}, {@code 6h}, {@code 1d}. */
    Duration duration(String name, Duration fallback, Duration min, Duration max) {
        String raw = optional(name);
        if (raw == null) {
            return fallback;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})\\s*([smhd]?)").matcher(raw.toLowerCase(java.util.Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            Duration value = switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                return value;
            }
        }
        throw new ConfigException(name, raw, "a duration from " + min.toSeconds() + " s to " + max.toSeconds()
                + " s, as seconds or with a unit (45s, 30m, 6h, 1d)");
    }

    boolean flag(String name, boolean fallback) {
        String raw = optional(name);
        if (raw == null) {
            return fallback;
        }
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new ConfigException(name, raw, "true or false");
        };
    }
}
