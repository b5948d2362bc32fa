package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks a document line by line and finds its charge table: the header (repeated on each page
 * or not), the charge rows, the lines their descriptions wrap onto, section headings and the
 * summary rows. A document without any recognisable header is read whole, with stricter rules
 * for what counts as a charge row.
 */
final class TableScanner {

    private static final Pattern PAGE_NOISE = Pattern.compile(
            "(?i)^\\W*(page\\s*(no\\.?)?\\s*\\d+(\\s*(of|/)\\s*\\d+)?|continued.*|contd\\.?.*|\\.+\\s*contd.*|p\\.?t\\.?o\\.?)\\W*$");
    private static final Set<String> HEADING_WORDS = Set.of("", "services", "service", "on", "date", "dated", "day", "for", "of",
            "charges", "dt", "to", "from", "billed", "bill");
    private static final Set<String> CONNECTORS = Set.of("and", "with", "of", "&", "-", "/", "+", "for", "in", "on", "to", "the", "(");

    private TableScanner() {
    }

    static ScannedDocument scan(DocumentText text) {
        return new Pass(text).run();
    }

    private sealed interface Entry permits Item, Text, Break, DateHeading {
    }

    private record Item(DraftItem draft) implements Entry {
    }

    private record Text(List<Token> tokens, RowCells cells, double confidence) implements Entry {
        int start() {
            return tokens.isEmpty() ? 0 : tokens.getFirst().start();
        }
    }

    /** Anything a wrapped description cannot cross: a header, a summary row, a page break. */
    private record Break() implements Entry {
    }

    /** A line that dates the rows under it ("Services on 29.06.25"); it also ends any wrapped description. */
    private record DateHeading(java.time.LocalDate date) implements Entry {
    }

    private static final class Pass {
        private final DocumentText text;
        private final List<Entry> entries = new ArrayList<>();
        private final List<SummaryRow> summaries = new ArrayList<>();
        private final boolean anyHeader;
        private final boolean laidOut;
        private TableHeader header;
        private TableHeader firstHeader;
        private boolean inTable;
        private boolean closed;

        Pass(DocumentText text) {
            this.text = text;
            this.anyHeader = text.pages().stream().flatMap(p -> p.lines().stream())
                    .anyMatch(l -> HeaderReader.read(l.text()).isPresent());
            this.inTable = !anyHeader;
            this.laidOut = text.pages().stream().flatMap(p -> p.lines().stream())
                    .anyMatch(l -> l.text().strip().contains("  "));
        }

        ScannedDocument run() {
            for (PageText page : text.pages()) {
                List<TextLine> lines = page.lines();
                if (header != null && repeatsHeader(lines)) {
                    // the letterhead and patient details printed again above the repeated header are no rows
                    inTable = false;
                }
                for (int i = 0; i < lines.size(); i++) {
                    i = readLine(page.number(), lines, i);
                }
                entries.add(new Break());
            }
            return new ScannedDocument(assemble(), summaries, anyHeader, firstHeader);
        }

        private boolean repeatsHeader(List<TextLine> lines) {
            return lines.stream().map(l -> HeaderReader.read(l.text())).flatMap(Optional::stream)
                    .anyMatch(h -> h.columns().size() >= 3 || header.columns().size() < 3);
        }

        /** Reads line {@code i}; returns the index of the last line it used (a two-line header uses two). */
        private int readLine(int page, List<TextLine> lines, int i) {
            TextLine line = lines.get(i);
            String s = line.text();
            if (s.isBlank() || PAGE_NOISE.matcher(s).matches()) {
                return i;
            }
            Optional<TableHeader> found = HeaderReader.read(s);
            if (found.isPresent() && header != null && found.get().columns().size() < 3 && header.columns().size() >= 3) {
                // a two-word line inside a fuller table is a section heading, not a new table
                found = Optional.empty();
            }
            if (found.isPresent()) {
                header = found.get();
                if (i > 0) {
                    header = HeaderReader.extendAbove(header, lines.get(i - 1).text()).orElse(header);
                }
                Optional<TableHeader> extended = i + 1 < lines.size() ? HeaderReader.extend(header, lines.get(i + 1).text()) : Optional.empty();
                if (firstHeader == null) {
                    firstHeader = extended.orElse(header);
                }
                entries.add(new Break());
                inTable = true;
                closed = false;
                if (extended.isPresent()) {
                    header = extended.get();
                    return i + 1;
                }
                return i;
            }
            if (!inTable) {
                readBeforeHeader(page, line);
                return i;
            }
            List<Token> tokens = LineTokens.tokenize(s);
            if (tokens.isEmpty()) {
                return i;
            }
            RowCells cells = RowReader.read(tokens, header);
            if (readSummary(tokens, cells)) {
                return i;
            }
            if (closed) {
                return i;
            }
            Optional<java.time.LocalDate> heading = dateHeading(tokens, cells);
            if (heading.isPresent()) {
                entries.add(new DateHeading(heading.get()));
                return i;
            }
            Optional<Charge> charge = ChargeReading.read(cells, line.confidence() < 1.0);
            if (charge.isPresent() && isChargeRow(cells, tokens)) {
                entries.add(new Item(new DraftItem(cells, charge.get(), page, line.confidence())));
            } else if (!cells.hasNumbers() || cells.description().isEmpty()) {
                entries.add(new Text(tokens, cells, line.confidence()));
            }
            return i;
        }

        /**
         * Before the first header the scan reads only rows that prove themselves charges by their
         * own arithmetic (a page whose header OCR lost), never the letterhead or patient details.
         */
        private void readBeforeHeader(int page, TextLine line) {
            List<Token> tokens = LineTokens.tokenize(line.text());
            RowCells cells = RowReader.read(tokens, null);
            boolean afterCharge = !entries.isEmpty() && (entries.getLast() instanceof Item || entries.getLast() instanceof Text);
            if (!cells.hasNumbers() && afterCharge && !tokens.isEmpty()) {
                // a wrapped description between rows already proven
                entries.add(new Text(tokens, cells, line.confidence()));
                return;
            }
            if (cells.unplaced().size() < 3 || SummaryLabels.kindOf(labelOf(tokens)).isPresent()
                    || cells.descriptionText().codePoints().filter(Character::isLetter).count() < 3) {
                return;
            }
            ChargeReading.read(cells, false).filter(Charge::consistent)
                    .ifPresent(c -> entries.add(new Item(new DraftItem(cells, c, page, line.confidence()))));
        }

        private boolean readSummary(List<Token> tokens, RowCells cells) {
            if (cells.serial() != null) {
                return false;
            }
            String label = labelOf(tokens);
            Optional<SummaryKind> kind = SummaryLabels.kindOf(label);
            Optional<BigDecimal> amount = lastNumber(tokens);
            if (kind.isEmpty() || amount.isEmpty()) {
                return false;
            }
            long itemsAbove = entries.stream().filter(e -> e instanceof Item).count();
            summaries.add(new SummaryRow(kind.get(), DescriptionText.clean(label), amount.get(), (int) itemsAbove));
            entries.add(new Break());
            if (kind.get() == SummaryKind.PAYABLE || kind.get() == SummaryKind.BALANCE) {
                closed = true;
            }
            return true;
        }

        /** The words of a line that are not numbers: a summary row's label. */
        private static String labelOf(List<Token> tokens) {
            StringBuilder sb = new StringBuilder();
            for (Token t : tokens) {
                if (t.kind() == TokenKind.WORD) {
                    sb.append(t.text()).append(' ');
                }
            }
            return sb.toString();
        }

        private static Optional<BigDecimal> lastNumber(List<Token> tokens) {
            for (int k = tokens.size() - 1; k >= 0; k--) {
                Token t = tokens.get(k);
                if (t.kind() == TokenKind.NUMBER) {
                    return NumberReader.read(t.text()).map(n -> n.value().abs());
                }
            }
            return Optional.empty();
        }

        /** A date standing alone in the table, or with a few words such as "Services on": the date of the rows below. */
        private static Optional<java.time.LocalDate> dateHeading(List<Token> tokens, RowCells cells) {
            if (cells.hasNumbers() || cells.serial() != null) {
                return Optional.empty();
            }
            List<Token> dates = tokens.stream().filter(t -> t.kind() == TokenKind.DATE).toList();
            long words = tokens.stream().filter(t -> t.kind() != TokenKind.DATE && t.text().codePoints().anyMatch(Character::isLetter)).count();
            boolean fillerOnly = tokens.stream().filter(t -> t.kind() != TokenKind.DATE)
                    .allMatch(t -> HEADING_WORDS.contains(t.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")));
            if (dates.size() != 1 || words > 3 || !fillerOnly) {
                return Optional.empty();
            }
            return DateReader.read(dates.getFirst().text());
        }

        /** Whether a line with numbers is a charge: it names something, or ends a description wrapped above it. */
        private boolean isChargeRow(RowCells cells, List<Token> tokens) {
            String description = cells.descriptionText();
            boolean named = description.codePoints().filter(Character::isLetter).count() >= 2;
            if (!named) {
                return cells.description().isEmpty() && !entries.isEmpty() && entries.getLast() instanceof Text;
            }
            if (anyHeader) {
                return true;
            }
            // no header anywhere: an address or phone line must not pass for a charge
            int count = cells.unplaced().size();
            boolean money = cells.unplaced().stream().anyMatch(PrintedNumber::decimal);
            // no header anywhere: the amount must look like money, or the row must prove itself by its arithmetic
            boolean agrees = count >= 3 && ChargeReading.read(cells).map(Charge::consistent).orElse(false);
            return money && tokens.getLast().kind() == TokenKind.NUMBER || agrees;
        }

        /** Joins wrapped description lines onto their rows and carries printed-once dates forward. */
        private List<DraftItem> assemble() {
            for (int k = 0; k < entries.size(); k++) {
                if (entries.get(k) instanceof Text) {
                    int end = k;
                    while (end + 1 < entries.size() && entries.get(end + 1) instanceof Text) {
                        end++;
                    }
                    attachRun(k, end);
                    k = end;
                }
            }
            List<DraftItem> items = new ArrayList<>();
            for (Entry e : entries) {
                if (e instanceof Item item) {
                    items.add(item.draft());
                }
            }
            repairDates(items);
            carryDatesForward();
            return items;
        }

        private static boolean isYear(String word) {
            return word.matches("\\d{2}|\\d{4}");
        }

        /** Dates OCR garbled are read again within the range of the table's clean dates. */
        private static void repairDates(List<DraftItem> items) {
            java.time.LocalDate earliest = items.stream().map(i -> i.date).filter(java.util.Objects::nonNull)
                    .min(java.time.LocalDate::compareTo).orElse(null);
            java.time.LocalDate latest = items.stream().map(i -> i.date).filter(java.util.Objects::nonNull)
                    .max(java.time.LocalDate::compareTo).orElse(null);
            for (DraftItem item : items) {
                String scraps = item.cells.dateScraps() != null ? item.cells.dateScraps() : item.cells.partialDate();
                if (item.date == null && scraps != null) {
                    item.date = DateRepair.read(scraps, earliest, latest).orElse(null);
                    item.confidence *= item.date == null ? 0.7 : 0.85;
                }
            }
        }

        private void attachRun(int from, int to) {
            DraftItem above = from > 0 && entries.get(from - 1) instanceof Item i ? i.draft() : null;
            DraftItem below = to + 1 < entries.size() && entries.get(to + 1) instanceof Item i ? i.draft() : null;
            for (int k = from; k <= to; k++) {
                Text line = (Text) entries.get(k);
                List<Token> words = line.tokens();
                boolean yearBelowDate = above != null && above.date == null && !words.isEmpty() && isYear(words.getFirst().text())
                        && (above.cells.partialDate() != null || above.cells.dateScraps() != null);
                if (yearBelowDate) {
                    // the year of a date cell too narrow for it, printed on the line below
                    if (above.cells.partialDate() != null) {
                        above.date = DateReader.complete(above.cells.partialDate(), words.getFirst().text()).orElse(null);
                    }
                    words = words.subList(1, words.size());
                }
                // a line that opens a row keeps its serial number, date and code out of the description
                if (!yearBelowDate && line.cells().opensRow()) {
                    words = line.cells().description();
                }
                String content = DescriptionText.clean(String.join(" ", words.stream().map(Token::text).toList()));
                if (content.codePoints().noneMatch(Character::isLetter) || isSectionHeading(content)) {
                    continue;
                }
                boolean down = goesDown(line, above, below);
                DraftItem target = down ? below : above;
                if (target != null && isAligned(words, target)) {
                    if (down) {
                        target.prepend(content, line.confidence());
                        if (target.date == null) {
                            target.date = line.cells().date();
                        }
                    } else {
                        target.append(content, line.confidence());
                    }
                    target.confidence *= 0.95;
                }
            }
        }

        /** Whether a wrapped line belongs to the row below it (amounts printed on the block's last line). */
        private boolean goesDown(Text line, DraftItem above, DraftItem below) {
            if (below == null) {
                return false;
            }
            if (above == null || line.cells().opensRow()) {
                return true;
            }
            if (below.cells.description().isEmpty() || startsAsTail(below.ownText())) {
                return true;
            }
            boolean tableNumbersRows = header != null && header.has(ColumnRole.SERIAL);
            if (tableNumbersRows && below.cells.serial() == null && above.cells.serial() != null) {
                return true;
            }
            return false;
        }

        /** A wrapped line starts under the description column; a page footer or a signature does not. */
        private boolean isAligned(List<Token> words, DraftItem target) {
            if (!laidOut || words.isEmpty() || target.descriptionStart < 0) {
                return true;
            }
            return Math.abs(words.getFirst().start() - target.descriptionStart) <= 4;
        }

        private static boolean isSectionHeading(String content) {
            return SectionWords.isHeading(content);
        }

        /** Ledgers print a date once for the rows of one day, in the first row or as a heading: the rows below share it. */
        private void carryDatesForward() {
            java.time.LocalDate last = null;
            for (Entry e : entries) {
                if (e instanceof DateHeading heading) {
                    last = heading.date();
                } else if (e instanceof Item(DraftItem item)) {
                    if (item.date == null) {
                        item.date = last;
                    } else {
                        last = item.date;
                    }
                }
            }
        }
    }

    /** A description that starts in lower case or with "and"/"with" continues the line above it. */
    static boolean startsAsTail(String description) {
        String text = description.strip();
        if (text.isEmpty()) {
            return false;
        }
        String first = text.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return Character.isLowerCase(text.charAt(0)) || CONNECTORS.contains(first);
    }

    static boolean endsWithConnector(String description) {
        String[] words = description.toLowerCase(Locale.ROOT).split("\\s+");
        return words.length > 0 && CONNECTORS.contains(words[words.length - 1]);
    }
}
