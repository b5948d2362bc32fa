package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.lexicon.Lexicons;
import com.billaudit.work.Budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Walks a document line by line and finds its charge table: the header (repeated on each page
 * or not), the charge rows, the lines their descriptions wrap onto, section headings and the
 * summary rows. A document without any recognisable header is read whole, with stricter rules
 * for what counts as a charge row.
 */
final class TableScanner {

    /** "Page 2 of 3", "Contd...", "P.T.O.": a line of page furniture ({@code table-words} page-* kinds). */
    private static final Pattern PAGE_NOISE = Pattern.compile("(?i)^\\W*((?:" + pageWords("page") + ")\\s*((?:" + pageWords("page-number")
            + ")\\.?)?\\s*\\d+(\\s*(?:" + pageWords("page-of") + "|/)\\s*\\d+)?|(?:" + pageWords("page-continued") + ").*|"
            + Lexicons.kind("table-words", "page-abbreviation").stream()
                    .map(a -> String.join("\\.?", a.chars().mapToObj(c -> Pattern.quote(Character.toString(c))).toList()) + "\\.?")
                    .collect(java.util.stream.Collectors.joining("|")) + ")\\W*$");
    /** "Disclaimer : ... entry only      Page 3 of 90": the page count in a cell of its own ends a footer line. */
    private static final Pattern TRAILING_PAGE = Pattern.compile("(?i)\\s{2,}(?:" + pageWords("page") + ")\\s*(?:(?:" + pageWords("page-number")
            + ")\\.?)?\\s*\\d+\\s*(?:" + pageWords("page-of") + "|/)\\s*\\d+\\W*$");
    /** A section heading is a few words, read with some confidence. */
    private static final int HEADING_WORDS = 5;
    private static final double HEADING_CONFIDENCE = 0.5;
    /**
     * Titles a header line needs to open a table of its own inside a table of this many or more: a
     * line of fewer titles ("Date  Amount") there is a section heading's words, not a new table.
     */
    private static final int FULL_HEADER_TITLES = 3;
    /** Rows read above a page's repeated header that show the page continues the table there. */
    private static final int CONTINUED_ROWS = 3;

    private TableScanner() {
    }

    private static String pageWords(String kind) {
        return Lexicons.alternation(Lexicons.kind("table-words", kind));
    }

    static ScannedDocument scan(DocumentText text) {
        return scan(text, Budget.unbounded());
    }

    /** @param budget checked at every line, so a huge document stops when its time is up */
    static ScannedDocument scan(DocumentText text, Budget budget) {
        return LeadPages.readAlone(text, new Pass(text, budget).run(), lead -> new Pass(lead, budget).run(), budget);
    }

    private static final class Pass {
        private final DocumentText text;
        private final Budget budget;
        private final List<TableEntry> entries = new ArrayList<>();
        private final List<SummaryRow> summaries = new ArrayList<>();
        private final boolean anyHeader;
        private final boolean laidOut;
        private TableHeader header;
        private TableHeader firstHeader;
        /** The header as read, and the scale of the page it was read on: a later page moves it to its own offsets. */
        private TableHeader readHeader;
        private PageScale readScale;
        private boolean inTable;
        private boolean closed;
        /** The bill being read (1-based) and how many charge rows it has so far. */
        private int bill = 1;
        private int billItems;
        /** The section heading the rows being read stand under, or null. */
        private String section;
        /** Whether the line just read was taken for a section heading (a heading may take two lines). */
        private boolean headingAbove;
        /** Whether a header or a total was just read: a line of words after it heads a section. */
        private boolean sectionOpen;
        /** Where the current page's descriptions start, when its rows agree on it. */
        private Integer band;
        /** Where the current table's numeric columns stand on this page, when its words' boxes show it; or null. */
        private ColumnBands columns;

        Pass(DocumentText text, Budget budget) {
            this.text = text;
            this.budget = budget;
            this.anyHeader = anyHeader(text, budget);
            this.inTable = !anyHeader;
            this.laidOut = isLaidOut(text);
        }

        private static boolean anyHeader(DocumentText text, Budget budget) {
            for (PageText page : text.pages()) {
                for (TextLine line : page.lines()) {
                    budget.check();
                    if (HeaderReader.read(line.text()).isPresent()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether the text keeps columns apart by runs of spaces (layout text), not single-spaced (raw OCR). */
        private static boolean isLaidOut(DocumentText text) {
            List<String> lines = text.pages().stream().flatMap(p -> p.lines().stream()).map(l -> l.text().strip())
                    .filter(s -> !s.isEmpty()).toList();
            long spaced = lines.stream().filter(s -> s.contains("  ")).count();
            return spaced * 5 >= lines.size() && spaced > 0;
        }

        ScannedDocument run() {
            for (PageText page : text.pages()) {
                List<TextLine> lines = laidOut ? SplitRows.join(withoutFooters(page.lines())) : withoutFooters(page.lines());
                band = laidOut ? DescriptionBand.of(lines) : null;
                PageScale scale = laidOut ? PageScale.of(lines) : null;
                if (readHeader != null && readScale != null && scale != null && readScale.sameSize(scale)) {
                    // the same form printed on the next page stands at the same place on the page, not at the same offsets
                    header = readScale.moved(readHeader, scale);
                }
                // a header carried over from an earlier page: only this page's rows show where its columns stand here
                columns = header == null ? null : ColumnBands.of(header, null, lines, 0);
                if (header != null && repeatsHeader(lines) && !rowsBeforeRepeatedHeader(lines)) {
                    // the letterhead and patient details printed again above the repeated header are no rows
                    inTable = false;
                }
                for (int i = 0; i < lines.size(); i++) {
                    budget.check();
                    i = readLine(page.number(), lines, i);
                }
                entries.add(new TableEntry.Break());
                sectionOpen = false;
                headingAbove = false;
            }
            return new ScannedDocument(assemble(), summaries, anyHeader, firstHeader);
        }

        /**
         * The page's lines without its footer, a line ending in the page count ("Printed by ... on
         * 24-Nov-2025   Page 2 of 7"): none of it is a row or a description, and its date is no row's.
         */
        private static List<TextLine> withoutFooters(List<TextLine> lines) {
            return lines.stream().filter(l -> !TRAILING_PAGE.matcher(l.text()).find()).toList();
        }

        /**
         * Whether the page goes on with the table's rows before its header is printed again: a header
         * printed low on the page (the titles of a returns table under the last rows) opens that
         * table, it does not make the rows above it letterhead.
         */
        private boolean rowsBeforeRepeatedHeader(List<TextLine> lines) {
            int rows = 0;
            for (TextLine line : lines) {
                if (isHeaderLine(line.text())) {
                    return false;
                }
                List<Token> tokens = LineTokens.tokenize(line.text());
                RowCells cells = RowReader.read(tokens, header, laidOut, band, geometry(line));
                boolean charge = cells.opensRow() && cells.description().size() >= 1
                        && ChargeReading.read(cells, OcrRepairs.mayReread(line.confidence())).map(Charge::consistent).orElse(false);
                if (charge && ++rows >= CONTINUED_ROWS) {
                    return true;
                }
            }
            return false;
        }

        private ColumnBands.Row geometry(TextLine line) {
            return columns == null ? null : columns.on(line);
        }

        private boolean isHeaderLine(String s) {
            return HeaderReader.read(s).filter(this::opensTableWithin).isPresent() || HeaderReader.repeats(header, s);
        }

        private boolean repeatsHeader(List<TextLine> lines) {
            return lines.stream().map(l -> HeaderReader.read(l.text())).flatMap(Optional::stream).anyMatch(this::opensTableWithin)
                    || lines.stream().anyMatch(l -> HeaderReader.repeats(header, l.text()));
        }

        /** Whether {@code found} opens a table of its own inside the current one ({@link #FULL_HEADER_TITLES}). */
        private boolean opensTableWithin(TableHeader found) {
            return found.columns().size() >= FULL_HEADER_TITLES || header.columns().size() < FULL_HEADER_TITLES;
        }

        /**
         * A table opening again under {@code next} after the last one was closed by its total: the
         * same form printed again (a cash memo per page) is the upload's next bill; a different
         * table (the itemisation of a summary's line) continues the same bill.
         */
        private void reopen(TableHeader next) {
            if (closed && billItems > 0 && header != null && sameForm(header, next)) {
                bill++;
                billItems = 0;
            }
        }

        /** As many columns, titled alike wherever OCR could read both titles ("SGST" read "sGStT" on one page). */
        private static boolean sameForm(TableHeader a, TableHeader b) {
            if (a.columns().size() != b.columns().size()) {
                return false;
            }
            for (int k = 0; k < a.columns().size(); k++) {
                ColumnRole one = a.columns().get(k).role();
                ColumnRole other = b.columns().get(k).role();
                if (one != other && one != ColumnRole.UNKNOWN && other != ColumnRole.UNKNOWN) {
                    return false;
                }
            }
            return true;
        }

        /** Reads line {@code i}; returns the index of the last line it used (a two-line header uses two). */
        private int readLine(int page, List<TextLine> lines, int i) {
            TextLine line = lines.get(i);
            String s = line.text();
            if (s.isBlank() && !entries.isEmpty() && !(entries.getLast() instanceof TableEntry.Break)) {
                // an empty line parts what stands above it from what stands below: no description wraps across it
                entries.add(new TableEntry.Break());
                return i;
            }
            if (s.isBlank() || PAGE_NOISE.matcher(s).matches()) {
                return i;
            }
            Optional<TableHeader> found = HeaderReader.read(s);
            if (found.isEmpty() && HeaderReader.repeats(header, s)) {
                // the header printed again on a later page, garbled: the table goes on (or the next bill starts),
                // its columns where this page prints their titles
                reopen(header);
                header = HeaderAnchor.onLine(header, s);
                columns = ColumnBands.of(header, line, lines, i + 1);
                sectionOpen = true;
                entries.add(new TableEntry.Break());
                inTable = true;
                closed = false;
                return i;
            }
            if (found.isPresent() && header != null && !opensTableWithin(found.get())) {
                // a two-word line inside a fuller table is a section heading, not a new table
                found = Optional.empty();
            }
            int titles = found.map(h -> h.columns().size()).orElse(0);
            if (found.isPresent() && i + 1 < lines.size()
                    && HeaderReader.read(lines.get(i + 1).text()).filter(h -> h.columns().size() > titles).isPresent()) {
                // the first line of a two-line header ("Service ... Charges" over "Date Code Description ..."):
                // the fuller line below is the header, this one completes its titles
                return i;
            }
            if (found.isPresent()) {
                return openTable(found.get(), lines, i);
            }
            if (inTable) {
                readTableLine(page, line, i > 0 ? lines.get(i - 1) : null);
            } else {
                readBeforeHeader(page, line);
            }
            return i;
        }

        /** A line of the open table that is no header: a summary, a date heading, a charge row or words. */
        private void readTableLine(int page, TextLine line, TextLine previous) {
            List<Token> tokens = LineTokens.tokenize(line.text());
            if (tokens.isEmpty()) {
                return;
            }
            RowCells cells = RowReader.read(tokens, header, laidOut, band, geometry(line));
            if (readSummary(tokens, cells)) {
                return;
            }
            if (closed) {
                return;
            }
            Optional<LocalDate> heading = RowDates.heading(tokens, cells);
            if (heading.isPresent()) {
                entries.add(new TableEntry.DateHeading(heading.get()));
                return;
            }
            Optional<Charge> charge = ChargeReading.read(cells, OcrRepairs.mayReread(line.confidence()));
            if (charge.isPresent() && !charge.get().consistent() && line.confidence() < 1.0 && tokens.size() > 3) {
                Optional<ChargeRow> shifted = withoutTrailingScrap(tokens, cells, charge.get(), line);
                if (shifted.isPresent()) {
                    cells = shifted.get().cells();
                    charge = Optional.of(shifted.get().charge());
                }
            }
            if (charge.isPresent() && SummaryLabels.kindOf(cells.descriptionText()).isPresent() && !numberedCharge(cells, charge.get())) {
                // "SGST%  SGST AMT  DISC. AMT  0.00": what is left of a line once its leading cells go names only totals
                return;
            }
            if (charge.isPresent() && isChargeRow(cells, tokens)) {
                entries.add(new TableEntry.Charge(draft(cells, charge.get(), page, line.confidence())));
            } else if (!cells.hasNumbers() || cells.description().isEmpty()) {
                readText(tokens, cells, line, previous);
            }
        }

        /**
         * Opens the table {@code found} heads on line {@code i}, completed by the header line above or below it;
         * returns the index of the header's last line.
         */
        private int openTable(TableHeader found, List<TextLine> lines, int i) {
            reopen(found);
            header = found;
            if (i > 0) {
                header = HeaderReader.extendAbove(header, lines.get(i - 1).text()).orElse(header);
            }
            Optional<TableHeader> extended = i + 1 < lines.size() ? HeaderReader.extend(header, lines.get(i + 1).text()) : Optional.empty();
            if (firstHeader == null) {
                firstHeader = extended.orElse(header);
            }
            entries.add(new TableEntry.Break());
            inTable = true;
            closed = false;
            sectionOpen = true;
            int last = extended.isPresent() ? i + 1 : i;
            header = extended.orElse(header);
            readHeader = header;
            readScale = laidOut ? PageScale.of(lines) : null;
            columns = ColumnBands.of(header, lines.get(i), lines, last + 1);
            return last;
        }

        /** A row's cells and the charge they read as. */
        private record ChargeRow(RowCells cells, Charge charge) {
        }

        /**
         * A scrap OCR read past the last column ("200.40  26  CO") shifts every cell one column left: read
         * without it, the row's own arithmetic says which reading is the printed one. Empty when the row
         * read without its last token is no better than {@code charge}.
         */
        private Optional<ChargeRow> withoutTrailingScrap(List<Token> tokens, RowCells cells, Charge charge, TextLine line) {
            List<Token> trimmed = tokens.subList(0, tokens.size() - 1);
            RowCells again = RowReader.read(trimmed, header, laidOut, band, geometry(line));
            Optional<Charge> shifted = ChargeReading.read(again, OcrRepairs.mayReread(line.confidence()));
            // the shifted reading must still read its amount under the Amount column: a row that
            // agrees only because its last figure, the amount, was taken away and worked out again agrees with nothing
            if (shifted.isPresent() && (again.numbers().containsKey(ColumnRole.AMOUNT) || !cells.numbers().containsKey(ColumnRole.AMOUNT))
                    && shifted.get().consistent() && !shifted.get().amountReread()
                    && shifted.get().amount().signum() > 0 && shifted.get().certainty() >= charge.certainty()) {
                return Optional.of(new ChargeRow(again, shifted.get()));
            }
            return Optional.empty();
        }

        /** A table line that is no charge: a section heading's words, or words a description may wrap onto. */
        private void readText(List<Token> tokens, RowCells cells, TextLine line, TextLine previous) {
            // a heading's own words, without the section code printed beside it ("PATHOLOGY  999316")
            String words = DescriptionText.clean(String.join(" ", cells.description().stream()
                    .filter(t -> t.kind() == TokenKind.WORD).map(Token::text).toList()));
            boolean named = !cells.opensRow() && namesSection(words)
                    && words.split("\\s+").length <= HEADING_WORDS && line.confidence() >= HEADING_CONFIDENCE;
            headingAbove = named && (sectionOpen || headingAbove || SectionWords.isHeading(words));
            if (headingAbove) {
                // "PATHOLOGY", "BED CHARGES" (after a header or a total, or worded so): the rows below stand under it
                section = words;
            }
            entries.add(new TableEntry.Text(tokens, cells, line.confidence(), LineSpacing.halfLineBelow(previous, line)));
        }

        /**
         * Before the first header the scan reads only rows that prove themselves charges by their
         * own arithmetic (a page whose header OCR lost), never the letterhead or patient details.
         */
        private void readBeforeHeader(int page, TextLine line) {
            List<Token> tokens = LineTokens.tokenize(line.text());
            RowCells cells = RowReader.read(tokens, null, laidOut);
            boolean afterCharge = !entries.isEmpty() && (entries.getLast() instanceof TableEntry.Charge || entries.getLast() instanceof TableEntry.Text);
            if (!cells.hasNumbers() && afterCharge && !tokens.isEmpty()) {
                // a wrapped description between rows already proven
                entries.add(new TableEntry.Text(tokens, cells, line.confidence(), false));
                return;
            }
            if (cells.unplaced().size() < 3 || SummaryLabels.kindOf(labelOf(tokens)).isPresent()
                    || cells.descriptionText().codePoints().filter(Character::isLetter).count() < 3) {
                return;
            }
            ChargeReading.read(cells, false).filter(Charge::consistent)
                    .ifPresent(c -> entries.add(new TableEntry.Charge(draft(cells, c, page, line.confidence()))));
        }

        private DraftItem draft(RowCells cells, Charge charge, int page, double confidence) {
            headingAbove = false;
            sectionOpen = false;
            DraftItem item = new DraftItem(cells, charge, page, confidence);
            item.amountUnread = header != null && !cells.numbers().containsKey(ColumnRole.AMOUNT)
                    && header.columns().stream().anyMatch(c -> c.role() == ColumnRole.AMOUNT);
            item.bill = bill;
            item.section = section;
            billItems++;
            return item;
        }

        private boolean readSummary(List<Token> tokens, RowCells cells) {
            if (cells.serial() != null) {
                return false;
            }
            String label = labelOf(tokens);
            Optional<SummaryKind> kind = SummaryLabels.kindOf(label);
            Optional<BigDecimal> amount = lastNumber(tokens);
            if (kind.isEmpty() && amount.isPresent() && laidOut) {
                // a summary block printed beside another table ("2.50  18.04  SGST AMT :  720.86"): its last label names it
                kind = SummaryLabels.kindOf(lastCellLabel(tokens));
            }
            if (kind.isEmpty() && amount.isPresent() && SummaryLabels.mentionsTotal(label) && closesRowsAbove(amount.get())) {
                // "Total of Radiological Investigation : 2004.00": named by its section, proven by its sum
                kind = Optional.of(SummaryKind.SECTION_TOTAL);
            }
            if (kind.isEmpty() || amount.isEmpty()) {
                return false;
            }
            long itemsAbove = billItems;
            if (entries.stream().noneMatch(e -> e instanceof TableEntry.Charge) && !anyHeader) {
                // without a header the letterhead is read too: "Ph 0612 2950357 GST..." above every charge is no tax row
                entries.add(new TableEntry.Break());
                return true;
            }
            summaries.add(new SummaryRow(kind.get(), DescriptionText.clean(label), amount.get(), (int) itemsAbove, bill));
            String heading = DescriptionText.clean(firstCell(tokens));
            if (kind.get() == SummaryKind.SECTION_TOTAL && namesSection(heading) && !SummaryLabels.mentionsTotal(heading)
                    && SummaryLabels.kindOf(heading).isEmpty()) {
                // "LABORATORY CHARGES ....... SubTotal 23030.00": a heading carrying its section's total in a cell of its own
                section = heading;
            }
            headingAbove = false;
            sectionOpen = true;
            entries.add(new TableEntry.Break());
            // tax or discount rows between the last charge and this total: it is the bill's final amount
            boolean afterAdjustments = kind.get() == SummaryKind.SUBTOTAL && summaries.size() >= 2
                    && summaries.subList(0, summaries.size() - 1).stream()
                    .anyMatch(r -> r.itemsAbove() == itemsAbove && (r.kind() == SummaryKind.TAX || r.kind() == SummaryKind.DISCOUNT));
            if (kind.get() == SummaryKind.PAYABLE || kind.get() == SummaryKind.BALANCE || afterAdjustments) {
                // the amount asked for ends the table: sums printed below it ("FSA Eligible Items") are no charges
                closed = true;
            }
            return true;
        }

        /**
         * A numbered row whose quantity × rate is its amount is a charge whatever its name says
         * ("CALCIUM - TOTAL" is a test): summary rows carry no serial number and no rate.
         */
        private static boolean numberedCharge(RowCells cells, Charge charge) {
            return cells.serial() != null && cells.numbers().containsKey(ColumnRole.RATE) && charge.consistent();
        }

        /** Whether words can name a section: four letters or more, hardly any digits ("Page No: 2/3" names none). */
        private static boolean namesSection(String words) {
            return words.codePoints().filter(Character::isLetter).count() >= 4 && words.codePoints().filter(Character::isDigit).count() < 2;
        }

        /** The words of a line's first cell. */
        private static String firstCell(List<Token> tokens) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < tokens.size() && (k == 0 || !tokens.get(k).cellStart()) && tokens.get(k).kind() == TokenKind.WORD; k++) {
                sb.append(tokens.get(k).text()).append(' ');
            }
            return sb.toString();
        }

        /** Whether {@code amount} is the sum of the charge rows read since the last break (two or more of them). */
        private boolean closesRowsAbove(BigDecimal amount) {
            BigDecimal sum = BigDecimal.ZERO;
            int rows = 0;
            for (int k = entries.size() - 1; k >= 0 && !(entries.get(k) instanceof TableEntry.Break); k--) {
                if (entries.get(k) instanceof TableEntry.Charge(DraftItem item)) {
                    sum = sum.add(item.charge.amount());
                    rows++;
                }
            }
            return rows >= 2 && sum.subtract(amount).abs().compareTo(new BigDecimal("0.01")) < 0;
        }

        /** The words of the cell just before a line's last number ("SGST AMT :" in "2.50  18.04  SGST AMT :  720.86"). */
        private static String lastCellLabel(List<Token> tokens) {
            int k = tokens.size() - 1;
            while (k >= 0 && tokens.get(k).kind() != TokenKind.NUMBER) {
                k--;
            }
            if (k <= 0 || !tokens.get(k).cellStart()) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (int j = k - 1; j >= 0 && tokens.get(j).kind() == TokenKind.WORD; j--) {
                sb.insert(0, tokens.get(j).text() + " ");
                if (tokens.get(j).cellStart()) {
                    return j == 0 ? "" : sb.toString();
                }
            }
            return "";
        }

        /** The words of a line that are not numbers: a summary row's label. */
        private static String labelOf(List<Token> tokens) {
            return LineTokens.words(tokens);
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

        /** Whether a line with numbers is a charge: it names something, or ends a description wrapped above it. */
        private boolean isChargeRow(RowCells cells, List<Token> tokens) {
            String description = cells.descriptionText();
            long letters = description.codePoints().filter(Character::isLetter).count();
            // "2D" opening a numbered row names a service ("2D / ECHOCARDIOGRAPHY" wrapped below)
            boolean named = letters >= 2 || letters == 1 && cells.serial() != null;
            if (!named) {
                return cells.description().isEmpty() && !entries.isEmpty() && entries.getLast() instanceof TableEntry.Text;
            }
            if (anyHeader) {
                return true;
            }
            // no header anywhere: an address or phone line must not pass for a charge
            int count = cells.unplaced().size();
            // "Time 11:42" OCR ran into a garbled label: a time of day has the shape of an amount with a point misread
            boolean money = cells.unplaced().stream().anyMatch(PrintedNumber::decimal) && !endsWithTimeOfDay(tokens)
                    || markedAsMoney(tokens);
            // no header anywhere: the amount must look like money, or the row must prove itself by its arithmetic
            boolean agrees = count >= 3 && ChargeReading.read(cells).map(Charge::consistent).orElse(false);
            return money && endsWithAmount(tokens) || agrees;
        }

        /** The line ends with its amount, or with a remark in a cell after it ("$15.99  (Rx)"). */
        private static boolean endsWithAmount(List<Token> tokens) {
            int last = tokens.size() - 1;
            if (last > 0 && RowReader.isTag(tokens.get(last))) {
                last--;
            }
            return tokens.get(last).kind() == TokenKind.NUMBER;
        }

        /** The line's last figure is printed as a time of day ("11:42"), not with a decimal point. */
        private static boolean endsWithTimeOfDay(List<Token> tokens) {
            for (int k = tokens.size() - 1; k >= 0; k--) {
                if (tokens.get(k).kind() == TokenKind.NUMBER) {
                    return LineTokens.isTimeOfDay(tokens.get(k).text());
                }
            }
            return false;
        }

        /** "Rs 1,50,000", "$15.99": the line's last number carries a currency sign, whole rupees or not. */
        private static boolean markedAsMoney(List<Token> tokens) {
            for (int k = tokens.size() - 1; k >= 0; k--) {
                Token t = tokens.get(k);
                if (t.kind() == TokenKind.NUMBER) {
                    return k > 0 && NumberReader.isCurrencyWord(tokens.get(k - 1).text()) || NumberReader.startsWithSign(t.text());
                }
            }
            return false;
        }

        /** Joins wrapped description lines onto their rows and dates the rows. */
        private List<DraftItem> assemble() {
            WrappedLines.join(entries, laidOut, header);
            HeadingTotals.take(entries);
            RunningTotals.take(entries);
            List<DraftItem> items = new ArrayList<>();
            for (TableEntry e : entries) {
                if (e instanceof TableEntry.Charge(DraftItem item)) {
                    items.add(item);
                }
            }
            RowDates.repair(items);
            RowDates.carryForward(entries);
            Sections.assign(entries, summaries);
            RowDateOrder.repair(items);
            LedgerDates.read(items);
            return items;
        }
    }
}
