package com.billaudit.locale;

/**
 * Whether every match of a regular expression holds a digit, read from the expression's own text:
 * a cue that can only match a figure need not be tried on a line that prints none, and most of a
 * bill's lines are words. The reading is conservative: "yes" only when a digit ({@code \d}, a
 * literal digit or a class of digits alone) stands where the expression cannot skip it, in every
 * alternative; anything it does not follow (escapes it does not know, nested classes, quoting)
 * counts as "maybe none", which only costs the shortcut.
 */
final class FigureShape {
    private final String regex;
    private int at;

    private FigureShape(String regex) {
        this.regex = regex;
    }

    /** True only when no text without a digit can match {@code regex}. */
    static boolean needsDigit(String regex) {
        try {
            FigureShape reader = new FigureShape(regex);
            boolean needs = reader.alternatives();
            return needs && reader.at == regex.length();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** Alternatives up to a closing parenthesis or the end: all must need a digit. */
    private boolean alternatives() {
        boolean all = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            all &= sequence();
        }
        return all;
    }

    /** One alternative: some item in it needs a digit and cannot be skipped. */
    private boolean sequence() {
        boolean any = false;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            boolean digit = item();
            boolean once = atLeastOnce();
            any |= digit && once;
        }
        return any;
    }

    /** Reads one item (without its quantifier): whether it matches only a digit or needs one. */
    private boolean item() {
        char c = regex.charAt(at++);
        return switch (c) {
            case '\\' -> escape();
            case '[' -> digitClass();
            case '(' -> group();
            case '^', '$', '.' -> false;
            case '*', '+', '?', '{' -> throw new IllegalArgumentException("a quantifier with nothing before it");
            default -> c >= '0' && c <= '9';
        };
    }

    /** An escape: {@code \d} is a digit; a quoted literal needs one when it holds one; others match no digit alone. */
    private boolean escape() {
        char c = regex.charAt(at++);
        switch (c) {
            case 'd' -> {
                return true;
            }
            case 'Q' -> {
                int end = regex.indexOf("\\E", at);
                String quoted = regex.substring(at, end < 0 ? regex.length() : end);
                at = end < 0 ? regex.length() : end + 2;
                return !quoted.isEmpty() && quoted.chars().allMatch(ch -> ch >= '0' && ch <= '9');
            }
            case 'p', 'P', 'N' -> skipBraces();
            case 'x' -> {
                if (regex.startsWith("{", at)) {
                    skipBraces();
                } else {
                    at += 2;
                }
            }
            case 'u' -> at += 4;
            case 'k' -> at = regex.indexOf('>', at) + 1;
            default -> {
                while (Character.isDigit(c) && at < regex.length() && Character.isDigit(regex.charAt(at))) {
                    at++; // a back-reference or an octal escape: no digit of its own
                }
            }
        }
        if (at <= 0 || at > regex.length()) {
            throw new IllegalArgumentException("an escape runs past the end");
        }
        return false;
    }

    private void skipBraces() {
        if (!regex.startsWith("{", at)) {
            at++; // "\pL": a one-letter class name
            return;
        }
        int close = regex.indexOf('}', at);
        if (close < 0) {
            throw new IllegalArgumentException("an unclosed name");
        }
        at = close + 1;
    }

    /** A character class: only a plain class of digits ("[0-9]", "[1-9]") counts. */
    private boolean digitClass() {
        StringBuilder plain = new StringBuilder();
        boolean escaped = false;
        int i = at;
        if (i < regex.length() && regex.charAt(i) == '^') {
            plain.append('^');
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            plain.append(']'); // a "]" first is a member
            i++;
        }
        while (true) {
            if (i >= regex.length()) {
                throw new IllegalArgumentException("an unclosed class");
            }
            char c = regex.charAt(i);
            if (c == ']') {
                break;
            }
            if (c == '[' || regex.startsWith("&&", i)) {
                throw new IllegalArgumentException("a class this reader does not follow");
            }
            if (c == '\\') {
                escaped = true;
                char e = regex.charAt(i + 1);
                if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && regex.startsWith("{", i + 2)) {
                    i = regex.indexOf('}', i + 2) + 1;
                    if (i <= 0) {
                        throw new IllegalArgumentException("an unclosed name");
                    }
                } else {
                    i += 2;
                }
                continue;
            }
            plain.append(c);
            i++;
        }
        at = i + 1;
        String body = plain.toString();
        return !escaped && !body.isEmpty() && !body.startsWith("^") && body.charAt(0) != '-'
                && body.charAt(body.length() - 1) != '-' && body.chars().allMatch(ch -> (ch >= '0' && ch <= '9') || ch == '-');
    }

    /** A group: a look-around matches nothing of its own; any other group needs what its alternatives all need. */
    private boolean group() {
        boolean lookAround = false;
        if (regex.startsWith("?", at)) {
            if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                at += 2;
                lookAround = true;
            } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                at += 3;
                lookAround = true;
            } else if (regex.startsWith("?:", at)) {
                at += 2;
            } else {
                // inline flags, "(?i)" alone or "(?-i:...)" around a group
                int end = at + 1;
                while (end < regex.length() && (Character.isLetter(regex.charAt(end)) || regex.charAt(end) == '-')) {
                    end++;
                }
                if (end >= regex.length()) {
                    throw new IllegalArgumentException("unclosed flags");
                }
                char after = regex.charAt(end);
                if (regex.substring(at, end).contains("U")) {
                    throw new IllegalArgumentException("Unicode classes: \\d matches more than 0-9");
                }
                at = end + 1;
                if (after == ')') {
                    return false;
                }
                if (after != ':') {
                    throw new IllegalArgumentException("a group this reader does not follow");
                }
            }
        }
        boolean needs = alternatives();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new IllegalArgumentException("an unclosed group");
        }
        at++;
        return !lookAround && needs;
    }

    /** Reads the item's quantifier, if any: whether the item must occur at least once. */
    private boolean atLeastOnce() {
        if (at >= regex.length()) {
            return true;
        }
        char c = regex.charAt(at);
        boolean once;
        if (c == '?' || c == '*') {
            at++;
            once = false;
        } else if (c == '+') {
            at++;
            once = true;
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            String min = regex.substring(at + 1, close).split(",", -1)[0].strip();
            at = close + 1;
            once = Integer.parseInt(min) >= 1;
        } else {
            return true;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive: the same least count
        }
        return once;
    }
}
