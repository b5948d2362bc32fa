package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.locale.CurrencyMarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the header row of a charge table whatever its wording (Particulars / Service
 * Description / Product, Qty / Units / Days, Rate / Unit Price / MRP, Amount / Net / Value...)
 * and column order, including headers printed over two lines ("Unit" above "Price").
 */
final class HeaderReader {

    /** Words that only qualify the next word of a title: "Unit Price", "Svc Code", "Item Name". */
    private static final Set<String> QUALIFIERS = Set.copyOf(Lexicons.kind("table-words", "title-qualifier"));
    /** Words that only join the words of a title: "Date of Service", "Room & Nursing". */
    private static final Set<String> CONNECTORS = Set.copyOf(Lexicons.kind("table-words", "title-connector"));
    /** Second words that only complete a qualifier's title: "Batch No", "Exp Date", "Taxable Value". */
    private static final Set<String> GENERIC_SUFFIXES = Set.copyOf(Lexicons.kind("table-words", "title-suffix"));
    /** Words that always take the next word into the title: "Date of Svc", "No. of Units". */
    private static final Set<String> TAKES_NEXT = Set.copyOf(Lexicons.kind("table-words", "title-takes-next"));
    /** "Particulars of Services": the words that may open a charges title. */
    private static final String CHARGES_TITLE = "(" + Pattern.quote(String.join(" ", Lexicons.kind("table-words", "charges-title-opening")))
            + " )?(" + Lexicons.alternation(Lexicons.kind("table-words", "charges-title")) + ")";
    /** Titles of the figure before discount: "Gross". */
    private static final Set<String> GROSS_TITLES = Set.copyOf(Lexicons.kind("table-words", "gross-title"));
    /** Words of a price printed only for information beside the rate charged: "MRP". */
    private static final List<String> LISTED_PRICE_WORDS = Lexicons.kind("table-words", "listed-price-word");
    /** A title that alone is a price or a quantity, by what else the table has: "Unit". */
    private static final Set<String> LONE_UNIT_TITLES = Set.copyOf(Lexicons.kind("table-words", "lone-unit-title"));
    private static final Pattern CURRENCY_NOTE = Pattern.compile("(?i)[({]?(" + Lexicons.alternation(CurrencyMarks.of("mark")) + "|%)[)}]?|\\(in");
    private static final Pattern MONEY_DIGITS = Pattern.compile("\\d{3,}|\\d[.,]\\d");

    /** How far right the first title must start for the space left of it to be an untitled description column. */
    private static final int UNTITLED_DESCRIPTION = 24;

    private HeaderReader() {
    }

    /** The header that {@code line} is, when it names a description column and a quantity, rate or amount. */
    static Optional<TableHeader> read(String line) {
        return LineMemo.header(line, HeaderReader::recognise);
    }

    private static Optional<TableHeader> recognise(String line) {
        if (MONEY_DIGITS.matcher(line).find()) {
            return Optional.empty();
        }
        List<Token> tokens = LineTokens.tokenize(line).stream().filter(t -> !isSpeckle(t.text())).toList();
        // a lone mark ("-") at the line's end is no title
        List<Column> columns = leftmostChargesDescribe(columns(tokens)).stream()
                .filter(c -> c.role() != null || c.title().codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        long named = columns.stream().filter(c -> c.role() != null).count();
        boolean hasDescription = columns.stream().anyMatch(c -> c.role() == ColumnRole.DESCRIPTION);
        boolean hasMoney = columns.stream().anyMatch(c -> c.role() == ColumnRole.AMOUNT || c.role() == ColumnRole.RATE
                || c.role() == ColumnRole.QUANTITY);
        // most titles must name a column; with three or more named, OCR may have garbled a few others
        boolean enoughNamed = named >= 3 ? named * 20 >= columns.size() * 11 : named * 10 >= columns.size() * 7;
        if (!hasDescription || !hasMoney || named < 2 || !enoughNamed) {
            return Optional.empty();
        }
        // "PROCEDURE CHARGES" is a section heading: a short header must spread over separate cells
        long namedCells = columns.stream().filter(c -> c.role() != null && startsCell(tokens, c)).count();
        if (named <= 3 && namedCells < 2) {
            return Optional.empty();
        }
        List<Column> kept = columns.stream()
                .filter(c -> c.role() != null || c.title().codePoints().filter(Character::isLetter).count() >= 2)
                .map(c -> c.role() == null ? new Column(ColumnRole.UNKNOWN, c.title(), c.start(), c.end()) : c)
                .toList();
        return Optional.of(new TableHeader(settleUnitColumn(priceBeforeCount(unreadQuantityAndRate(grossBesideNet(kept))))));
    }

    /**
     * "Charges  Qty  Rate  Amount": with no description title, a first column titled "Charges" or
     * "Services" left of the money columns holds the descriptions.
     */
    private static List<Column> leftmostChargesDescribe(List<Column> columns) {
        if (columns.isEmpty() || columns.stream().anyMatch(c -> c.role() == ColumnRole.DESCRIPTION)) {
            return columns;
        }
        if (columns.getFirst().start() >= UNTITLED_DESCRIPTION && columns.stream().filter(c -> c.role() != null).count() >= 3
                && columns.stream().anyMatch(c -> c.role() == ColumnRole.AMOUNT)) {
            // "Order Dt.  Qty  Gross  Net" printed far right: the wide untitled column left of it holds the descriptions
            List<Column> fixed = new ArrayList<>();
            fixed.add(new Column(ColumnRole.DESCRIPTION, "", 0, columns.getFirst().start() - 2));
            fixed.addAll(columns);
            return fixed;
        }
        int first = 0;
        while (first < columns.size() && isLeadingRole(columns.get(first).role())) {
            first++;
        }
        if (first >= columns.size()) {
            return columns;
        }
        Column titled = columns.get(first);
        boolean moneyToTheRight = columns.stream().skip(first + 1L)
                .anyMatch(c -> c.role() == ColumnRole.AMOUNT || c.role() == ColumnRole.RATE);
        if (titled.role() == ColumnRole.AMOUNT && moneyToTheRight
                && ColumnTitles.normal(titled.title()).matches(CHARGES_TITLE)) {
            List<Column> fixed = new ArrayList<>(columns);
            fixed.set(first, new Column(ColumnRole.DESCRIPTION, titled.title(), titled.start(), titled.end()));
            return fixed;
        }
        return columns;
    }

    private static boolean isLeadingRole(ColumnRole role) {
        return role == ColumnRole.SERIAL || role == ColumnRole.DATE || role == ColumnRole.CODE || role == null;
    }

    private static boolean startsCell(List<Token> tokens, Column column) {
        return tokens.stream().anyMatch(t -> t.start() == column.start() && t.cellStart());
    }

    /**
     * The header completed by {@code next} when that line only carries the second words of
     * two-line titles ("Code", "Price", "(Rs.)"); empty when {@code next} is anything else.
     */
    static Optional<TableHeader> extend(TableHeader header, String next) {
        return extend(header, next, false);
    }

    /** The header completed by the line printed above it ("Unit" over "Price", "Charges" over "Per Unit"). */
    static Optional<TableHeader> extendAbove(TableHeader header, String previous) {
        return extend(header, previous, true);
    }

    private static Optional<TableHeader> extend(TableHeader header, String next, boolean above) {
        List<Token> words = LineTokens.tokenize(next);
        if (words.isEmpty() || MONEY_DIGITS.matcher(next).find() || words.stream().anyMatch(w -> ColumnTitles.roleOf(w.text()) == null
                && !isQualifier(w.text()) && !isNote(w.text()) && !CONNECTORS.contains(w.text().toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        boolean untitledDescription = header.descriptionIndex() >= 0 && header.description().title().isEmpty();
        if (untitledDescription && words.stream().anyMatch(w -> ColumnTitles.roleOf(w.text()) == ColumnRole.DESCRIPTION)) {
            // under a header that leaves its descriptions untitled, "Drugs/Medicines" heads a section
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>(header.columns());
        boolean laidOut = words.size() == 1 || words.stream().skip(1).anyMatch(Token::cellStart);
        boolean retitles = words.size() > 1 && !laidOut && retitles(columns, words, above);
        if (words.size() > 1 && !laidOut && header.columns().size() >= 3 && !retitles) {
            // "PROCEDURE CHARGES" in one cell under a laid-out header is the first section's heading
            return Optional.empty();
        }
        // the words over (or under) one column form one phrase: "Date of" over "Service"
        java.util.Map<Integer, List<String>> phrases = new java.util.TreeMap<>();
        for (Token word : words) {
            int nearest = laidOut || retitles ? nearest(columns, word) : qualified(columns, word);
            if (nearest >= 0) {
                phrases.computeIfAbsent(nearest, k -> new ArrayList<>()).add(word.text());
            }
        }
        phrases.forEach((index, phrase) -> {
            Column c = columns.get(index);
            String added = String.join(" ", phrase);
            String title = above ? added + " " + c.title() : c.title() + " " + added;
            ColumnRole role = ColumnTitles.roleOf(title);
            columns.set(index, new Column(role == null ? c.role() : role, title, c.start(), c.end()));
        });
        if (duplicatesARole(header.columns(), columns)) {
            return Optional.empty();
        }
        return Optional.of(new TableHeader(settleUnitColumn(columns)));
    }

    /** Whether a phrase in one cell completes the title under (or over) it into another column's: "Date of" over "Service". */
    private static boolean retitles(List<Column> columns, List<Token> words, boolean above) {
        int index = nearest(columns, words.getFirst());
        if (index < 0) {
            return false;
        }
        Column c = columns.get(index);
        String phrase = String.join(" ", words.stream().map(Token::text).toList());
        ColumnRole role = ColumnTitles.roleOf(above ? phrase + " " + c.title() : c.title() + " " + phrase);
        return role != null && role != c.role();
    }

    /** Whether completing the titles would give a second column a role only one column had (two descriptions). */
    private static boolean duplicatesARole(List<Column> before, List<Column> after) {
        for (ColumnRole role : List.of(ColumnRole.DESCRIPTION, ColumnRole.AMOUNT, ColumnRole.QUANTITY, ColumnRole.SERIAL)) {
            long was = before.stream().filter(c -> c.role() == role).count();
            long is = after.stream().filter(c -> c.role() == role).count();
            if (is > Math.max(was, 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Qty  Gross  Net": beside an amount column, a gross column holds the figure before discount,
     * a number of its own and not the charge; with no other amount column it is the amount.
     */
    private static List<Column> grossBesideNet(List<Column> columns) {
        boolean amount = columns.stream().anyMatch(c -> c.role() == ColumnRole.AMOUNT);
        return columns.stream()
                .map(c -> c.role() == ColumnRole.UNKNOWN && GROSS_TITLES.contains(ColumnTitles.normal(c.title()))
                        ? new Column(amount ? ColumnRole.OTHER_NUMBER : ColumnRole.AMOUNT, c.title(), c.start(), c.end()) : c)
                .toList();
    }

    /**
     * "Amount  No.Of  Total Amt": in a header naming no rate, an amount followed by a count and then
     * another amount is what one unit costs, charged that many times in the last.
     */
    private static List<Column> priceBeforeCount(List<Column> columns) {
        if (columns.stream().anyMatch(c -> c.role() == ColumnRole.RATE)) {
            return columns;
        }
        for (int i = 0; i + 2 < columns.size(); i++) {
            Column price = columns.get(i);
            boolean countThenAmount = columns.get(i + 1).role() == ColumnRole.QUANTITY
                    && columns.subList(i + 2, columns.size()).stream().anyMatch(c -> c.role() == ColumnRole.AMOUNT);
            if (price.role() == ColumnRole.AMOUNT && countThenAmount) {
                List<Column> settled = new ArrayList<>(columns);
                settled.set(i, new Column(ColumnRole.RATE, price.title(), price.start(), price.end()));
                return settled;
            }
        }
        return columns;
    }

    /**
     * "Name  Date  lav  [se  Discount  NetAmount": two titles OCR could not read between the
     * description and the amount, in a header naming neither a quantity nor a rate, are those two,
     * in the order bills print them (the rows' own arithmetic then checks them).
     */
    private static List<Column> unreadQuantityAndRate(List<Column> columns) {
        if (columns.stream().anyMatch(c -> c.role() == ColumnRole.QUANTITY || c.role() == ColumnRole.RATE)) {
            return columns;
        }
        int description = -1;
        int amount = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == ColumnRole.DESCRIPTION && description < 0) {
                description = i;
            } else if (columns.get(i).role() == ColumnRole.AMOUNT) {
                amount = i;
            }
        }
        List<Integer> unread = new ArrayList<>();
        for (int i = description + 1; description >= 0 && i < amount; i++) {
            if (columns.get(i).role() == ColumnRole.UNKNOWN) {
                unread.add(i);
            }
        }
        if (unread.size() != 2) {
            return columns;
        }
        List<Column> settled = new ArrayList<>(columns);
        Column q = columns.get(unread.get(0));
        Column r = columns.get(unread.get(1));
        settled.set(unread.get(0), new Column(ColumnRole.QUANTITY, q.title(), q.start(), q.end()));
        settled.set(unread.get(1), new Column(ColumnRole.RATE, r.title(), r.start(), r.end()));
        return settled;
    }

    /**
     * Whether {@code line} is {@code header} printed again on a later page, too garbled by OCR to
     * read on its own ("aM ;HSNC. BATCH =———SEXP—soDeseription ... AMOUNT GST%"): most of the
     * header's titles, three at least, can still be found in it, and it prints no amounts.
     */
    static boolean repeats(TableHeader header, String line) {
        if (header == null || MONEY_DIGITS.matcher(line).find()) {
            return false;
        }
        String letters = line.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z%]", "");
        long titled = 0;
        long found = 0;
        for (Column c : header.columns()) {
            String title = titleLetters(c.title());
            if (c.role() == ColumnRole.UNKNOWN || title.length() < 3) {
                continue;
            }
            titled++;
            if (letters.contains(title)) {
                found++;
            }
        }
        return found >= 3 && found * 5 >= titled * 2;
    }

    /** A title as its letters spell it, lower case, a bracketed note left out: "(Rs.)Amount" is "amount". */
    static String titleLetters(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("\\(.*\\)", "").replaceAll("[^a-z%]", "");
    }

    /**
     * A run of marks OCR made of a stamp or a rule across the header ("si—iti‘;‘;*s*~*~:”"): mostly
     * not letters or digits, it names no column and must not swallow the title beside it.
     */
    private static boolean isSpeckle(String word) {
        long alphanumeric = word.codePoints().filter(Character::isLetterOrDigit).count();
        return word.length() >= 4 && alphanumeric * 2 < word.length();
    }

    /** Groups the words of a header line into titled columns. */
    private static List<Column> columns(List<Token> words) {
        List<Column> columns = new ArrayList<>();
        List<Token> pending = new ArrayList<>();
        for (Token word : words) {
            // a currency note belongs to the title before it even across a gap or border ("Amount {Rs.)")
            boolean joinsPending = !pending.isEmpty() && (isNote(word.text()) || !word.cellStart()
                    && (qualifies(pending, word) || ColumnTitles.roleOf(word.text()) == null
                        || ColumnTitles.roleOf(join(pending)) == null || sameTitle(pending, word)));
            if (joinsPending && pending.size() > 1 && isQualifier(pending.getLast().text()) && !isNote(word.text())
                    && ColumnTitles.roleOf(join(pending.subList(0, pending.size() - 1))) != null) {
                // "Svc Service Description": the qualifier goes with the word after it, not the title before
                Token qualifier = pending.removeLast();
                columns.add(column(pending));
                pending.clear();
                pending.add(qualifier);
            } else if (!pending.isEmpty() && !joinsPending) {
                columns.add(column(pending));
                pending.clear();
            }
            pending.add(word);
        }
        if (!pending.isEmpty()) {
            columns.add(column(pending));
        }
        return columns;
    }

    /**
     * Whether the last pending word qualifies {@code word} into one title: "Unit Price", "Svc Code",
     * "Batch No", "Exp Date"; but "Unit" then "Amount" are two titles.
     */
    private static boolean qualifies(List<Token> pending, Token word) {
        if (TAKES_NEXT.contains(pending.getLast().text().toLowerCase(Locale.ROOT))) {
            // "Date of Svc", "No. of Units": "of" always takes the next word into the title
            return true;
        }
        if (!isQualifier(pending.getLast().text())) {
            return false;
        }
        ColumnRole next = ColumnTitles.roleOf(word.text());
        ColumnRole joined = ColumnTitles.roleOf(pending.getLast().text() + " " + word.text());
        boolean qualifierKeepsItsRole = joined == ColumnTitles.roleOf(pending.getLast().text()) && !isLoneUnit(pending.getLast().text());
        return next == null || next == joined || qualifierKeepsItsRole || GENERIC_SUFFIXES.contains(ColumnTitles.normal(word.text()));
    }

    /** "Name of the Service", "No. of Units": words naming the same column form one title (a lone "Unit" never does). */
    private static boolean sameTitle(List<Token> pending, Token word) {
        return ColumnTitles.roleOf(word.text()) == ColumnTitles.roleOf(join(pending)) && !isLoneUnit(word.text()) && !isLoneUnit(pending.getLast().text());
    }

    private static Column column(List<Token> words) {
        String title = join(words);
        return new Column(ColumnTitles.roleOf(title), title, words.getFirst().start(), words.getLast().end());
    }

    private static String join(List<Token> words) {
        return String.join(" ", words.stream().map(Token::text).toList());
    }

    /**
     * A lone "Unit" is a price when the table has a quantity column elsewhere, else the quantity;
     * an MRP beside a Rate column is only printed for information (the rate is what is charged).
     */
    private static List<Column> settleUnitColumn(List<Column> columns) {
        boolean hasQuantity = columns.stream().anyMatch(c -> c.role() == ColumnRole.QUANTITY && !isLoneUnit(c.title()));
        boolean hasRate = columns.stream().anyMatch(c -> c.role() == ColumnRole.RATE && !isLoneUnit(c.title()));
        boolean hasRateBesideMrp = columns.stream().anyMatch(c -> c.role() == ColumnRole.RATE && !isListedPrice(c.title()));
        List<Column> settled = new ArrayList<>();
        for (Column c : columns) {
            if (isLoneUnit(c.title())) {
                // "Batch  Qty  Amt  Unit  Rate  Amount": beside a rate of its own, "Unit" counts the units of a second group of columns
                boolean price = hasQuantity && !(hasRate && isLoneUnitBeforeRate(columns, c));
                settled.add(new Column(price ? ColumnRole.RATE : ColumnRole.QUANTITY, c.title(), c.start(), c.end()));
            } else if (c.role() == ColumnRole.RATE && isListedPrice(c.title()) && hasRateBesideMrp) {
                settled.add(new Column(ColumnRole.OTHER_NUMBER, c.title(), c.start(), c.end()));
            } else {
                settled.add(c);
            }
        }
        return settled;
    }

    /** Whether the column right after {@code unit} is a rate: "Unit  Rate  Amount". */
    private static boolean isLoneUnitBeforeRate(List<Column> columns, Column unit) {
        int at = columns.indexOf(unit);
        return at + 1 < columns.size() && columns.get(at + 1).role() == ColumnRole.RATE && !isLoneUnit(columns.get(at + 1).title());
    }

    private static boolean isLoneUnit(String title) {
        return LONE_UNIT_TITLES.contains(ColumnTitles.normal(title));
    }

    private static boolean isListedPrice(String title) {
        String normal = ColumnTitles.normal(title);
        return LISTED_PRICE_WORDS.stream().anyMatch(normal::contains);
    }

    /** Without column gaps to go by: the first title ending in a qualifier that the word completes ("Svc" + "Code"). */
    private static int qualified(List<Column> columns, Token word) {
        for (int i = 0; i < columns.size(); i++) {
            String[] titleWords = columns.get(i).title().split(" ");
            if (isQualifier(titleWords[titleWords.length - 1]) && ColumnTitles.roleOf(columns.get(i).title() + " " + word.text()) != null) {
                return i;
            }
        }
        return -1;
    }

    private static int nearest(List<Column> columns, Token word) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            int distance = word.end() < c.start() ? c.start() - word.end() : word.start() > c.end() ? word.start() - c.end() : 0;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean isQualifier(String word) {
        return QUALIFIERS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isNote(String word) {
        return CURRENCY_NOTE.matcher(word).matches();
    }
}
