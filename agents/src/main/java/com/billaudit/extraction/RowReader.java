package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.locale.CurrencyMarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one table line into its columns: serial number, date and code on the left, the
 * description, then batch/expiry/quantity/rate/amount on the right. With a header the right-hand
 * columns are read in the header's order (a blank cell is recognised by where the numbers
 * stand); without one the trailing numbers are left for {@link ChargeReading} to place.
 */
final class RowReader {

    /** Units printed after a quantity ("2 Nos", "10 Tab") that are not part of the description. */
    private static final Set<String> UNIT_WORDS = Set.copyOf(Lexicons.shared("units"));
    /** A service, item or batch code: capitals and digits such as L015, B003, MISC, G8A51. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Za-z0-9/._-]{1,11}");
    private static final Pattern QUANTITY_WITH_UNIT = Pattern.compile(
            "(?i)(\\d+(?:\\.\\d+)?)\\s*[/.:]?\\s*(" + Lexicons.alternation(Lexicons.kind("table-words", "quantity-unit")) + ")");
    /** "IWR", "IMR", "1NR": a currency word as OCR misreads it, standing before an amount. */
    private static final Pattern OCR_CURRENCY = Pattern.compile(CurrencyMarks.of("misread-mark").isEmpty() ? "(?!)" : String.join("|", CurrencyMarks.of("misread-mark")));
    private static final Pattern LEADING_SPECKS = Pattern.compile("^[^A-Za-z0-9]+");
    private static final int MAX_UNPLACED = 3;
    /** Words (or a closing bracket) run into a code of four or more digits: "Count85025", "(Bilateral)71046". */
    private static final Pattern GLUED_CODE = Pattern.compile("(.*[\\p{L})\\]])(\\d{4,})");
    /** A code as printed, with nothing OCR added: capitals and digits, perhaps a dash, slash or dot inside. */
    private static final Pattern CLEAN_CODE = Pattern.compile("[A-Z0-9]+(?:[-/.][A-Z0-9]+)*");
    /** A short remark in brackets standing in a cell of its own: "(Rx)", "(FSA)", "(N)". */
    private static final Pattern TAG = Pattern.compile("\\(\\p{L}{1,5}\\)");
    private static final Set<String> TIMES_SIGNS = Set.copyOf(Lexicons.shared("times-signs"));
    private static final Set<String> DESCRIPTION_END_WORDS = Set.copyOf(Lexicons.kind("table-words", "description-end"));

    private RowReader() {
    }

    /** "1180.00 x 1.00" printed under "Rate x Qty": the sign joins two cells and is neither's. */
    static boolean isTimesSign(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && TIMES_SIGNS.contains(tokens.get(i).text())
                && tokens.get(i - 1).kind() == TokenKind.NUMBER && tokens.get(i + 1).kind() == TokenKind.NUMBER;
    }

    static RowCells read(List<Token> tokens, TableHeader header) {
        return read(tokens, header, true);
    }

    /**
     * @param laidOutDocument whether the document keeps its columns apart by position at all (a
     *                        text whose words are single-spaced throughout says nothing by offsets)
     */
    static RowCells read(List<Token> tokens, TableHeader header, boolean laidOutDocument) {
        return read(tokens, header, laidOutDocument, null);
    }

    /** @param band where the page's description cells start ({@link DescriptionBand}), or null when unknown */
    static RowCells read(List<Token> tokens, TableHeader header, boolean laidOutDocument, Integer band) {
        return read(tokens, header, laidOutDocument, band, null);
    }

    /** @param geometry where the page's numeric columns stand and the line's words ({@link ColumnBands}), or null when unknown */
    static RowCells read(List<Token> tokens, TableHeader header, boolean laidOutDocument, Integer band, ColumnBands.Row geometry) {
        return new Reading(tokens, header, laidOutDocument, band, geometry).read();
    }

    /** The state of reading one line: how far from the left and from the right it has been consumed. */
    private static final class Reading {
        private final List<Token> all;
        private final List<Integer> meaningful = new ArrayList<>();
        private final TableHeader header;
        private final boolean laidOutDocument;
        private final Integer band;
        private final ColumnBands.Row geometry;
        private int left;
        private int right;
        private Integer serial;
        private LocalDate date;
        private String partialDate;
        private String dateScraps;
        /** Every word of a date cell that did not read as a date ({@link RowCells#dateCell}). */
        private String dateCell;
        /** A date printed further right that is not the row's ({@link RowCells#otherDate}). */
        private LocalDate otherDate;
        private boolean coded;
        private boolean unreadableQuantity;
        /** The service or product code printed on the row, when it reads cleanly. */
        private String code;
        /** Whether the description was printed run into its code ("Count85025"). */
        private boolean gluedCode;
        private final Map<ColumnRole, PrintedNumber> numbers = new EnumMap<>(ColumnRole.class);
        private final List<Token> numberTokens = new ArrayList<>();
        private final List<Column> numberColumns = new ArrayList<>();
        /** What each of {@link #numberTokens} was read as ("2no" as 2: its unit is no part of the figure). */
        private final List<PrintedNumber> numberValues = new ArrayList<>();
        private final List<PrintedNumber> unplaced = new ArrayList<>();

        Reading(List<Token> tokens, TableHeader header, boolean laidOutDocument, Integer band, ColumnBands.Row geometry) {
            this.all = new ArrayList<>(tokens);
            this.header = header;
            this.laidOutDocument = laidOutDocument;
            this.band = band;
            this.geometry = geometry;
            for (int i = 0; i < tokens.size(); i++) {
                String text = tokens.get(i).text();
                // "INR 240.00" is a currency mark; "PT INR" is a test's name
                boolean beforeItsAmount = i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.NUMBER
                        && !tokens.get(i + 1).cellStart() && (i == 0 || tokens.get(i).cellStart());
                boolean currency = beforeItsAmount && (NumberReader.isCurrencyWord(text) || OCR_CURRENCY.matcher(text).matches());
                if (!currency && !isTimesSign(tokens, i) && (text.codePoints().anyMatch(Character::isLetterOrDigit) || text.equals("!"))) {
                    meaningful.add(i);
                }
            }
            this.left = 0;
            this.right = meaningful.size() - 1;
        }


        RowCells read() {
            readLeading();
            if (header != null) {
                readTrailingByHeader();
            } else {
                readTrailingNumbers();
            }
            List<Token> description = description();
            return new RowCells(serial, date, printedTime(), partialDate, dateScraps, dateCell, otherDate, description, numbers, unplaced,
                    unreadableQuantity, coded, code);
        }

        /**
         * The time printed right after the row's date or its garbled date ("21/11/2025 10:56"), or ending a
         * garbled date cell ("19/1 12025 O1:14"); null when the row prints none that reads as a clock time.
         */
        private LocalTime printedTime() {
            if (dateCell != null) {
                return DateCell.time(dateCell);
            }
            for (int i = 0; i + 1 < all.size(); i++) {
                Token t = all.get(i);
                boolean rowDate = t.kind() == TokenKind.DATE && date != null
                        && DateReader.read(t.text()).filter(date::equals).isPresent()
                        || t.kind() == TokenKind.STAMP && dateScraps != null && dateScraps.contains(t.text());
                LocalTime time = rowDate && all.get(i + 1).kind() == TokenKind.STAMP ? RowTimes.read(all.get(i + 1).text()) : null;
                if (time != null) {
                    return time;
                }
            }
            return null;
        }

        private Token token(int k) {
            return all.get(meaningful.get(k));
        }

        /** Serial number, dates and code printed before the description. */
        private void readLeading() {
            // an untitled first column is most often an S.No whose title OCR or the layout lost
            boolean expectsSerial = expectsSerial();
            Column leadingQuantity = header == null ? null
                    : header.leading().stream().filter(c -> c.role() == ColumnRole.QUANTITY).findFirst().orElse(null);
            boolean expectsCode = header != null && header.leading().stream().anyMatch(c -> c.role() == ColumnRole.CODE);
            boolean codeRead = false;
            while (left < right) {
                Token t = token(left);
                if (serial == null && date == null && !codeRead && (expectsSerial || leftOfEveryColumn(t)) && isSerial(t)) {
                    serial = NumberReader.read(t.text()).orElseThrow().value().intValue();
                } else if (t.kind() == TokenKind.DATE && date == null && partialDate == null) {
                    date = DateReader.read(t.text()).orElse(null);
                } else if (t.kind() == TokenKind.PARTIAL_DATE && date == null && partialDate == null) {
                    partialDate = t.text();
                } else if (leadingQuantity != null && !numbers.containsKey(ColumnRole.QUANTITY) && t.kind() == TokenKind.NUMBER
                        && (token(left + 1).cellStart() || isUnitWord(token(left + 1)) && left + 2 <= right)) {
                    // "SrNo  Strips/Nos  Product Name", "7 Nos  Inj Ceftriaxone": the quantity printed before the description
                    numbers.put(ColumnRole.QUANTITY, NumberReader.read(t.text()).orElseThrow());
                    if (isUnitWord(token(left + 1)) && !token(left + 1).cellStart()) {
                        left++;
                    }
                } else if (expectsCode && !codeRead && looksLikeCode(t, token(left + 1)) && !underDescription(t)) {
                    codeRead = true;
                    coded = t.text().chars().anyMatch(Character::isLetter);
                    code = CLEAN_CODE.matcher(codeText(t)).matches() ? codeText(t) : null;
                } else if (expectsCode && !codeRead && date == null && partialDate == null && isScrap(t)
                        && left + 1 < right && looksLikeCode(token(left + 1), token(left + 2))) {
                    // a date OCR could not read, before the code: keep it out of the description
                    dateScraps = dateScraps == null ? t.text() : dateScraps + " " + t.text();
                } else {
                    break;
                }
                left++;
            }
            readLeadingByPosition();
        }

        private boolean expectsSerial() {
            return header == null || header.leading().stream().anyMatch(c -> c.role() == ColumnRole.SERIAL)
                    || !header.leading().isEmpty() && header.leading().getFirst().role() == ColumnRole.UNKNOWN;
        }

        /** A number standing left of every titled column: the serial number of a header whose S.No title OCR lost. */
        private boolean leftOfEveryColumn(Token t) {
            return header != null && laidOut() && !header.columns().isEmpty() && token(left + 1).cellStart()
                    && t.end() < header.columns().getFirst().start() - 1;
        }

        private static boolean isScrap(Token t) {
            return t.text().length() <= 3 && t.text().chars().noneMatch(Character::isUpperCase);
        }

        /**
         * Short scraps standing under the date or code column (OCR's "oF Apr", "$005", "BOoOo1")
         * are not part of the description, whatever they read as.
         */
        private void readLeadingByPosition() {
            if (header == null || !laidOut() || whollyLeftOfBand()) {
                return;
            }
            List<String> underDate = new ArrayList<>();
            List<String> leadingWords = new ArrayList<>();
            // a first word no serial was read from stands in the S.No column all the same ("6:", "Sy")
            boolean garbledSerial = serial == null && left == 0 && expectsSerial();
            while (left < right) {
                Token t = token(left);
                if (band != null && header.descriptionIndex() > 0 && band < header.description().end() && t.end() <= band
                        && t.kind() != TokenKind.DATE) {
                    // left of where the page's descriptions start: a leading cell (HSN, batch, expiry) or a stamp's specks
                    if (date == null && partialDate == null && t.text().contains("/")) {
                        // "19/4 1/2025": a row date OCR split and garbled, for the date repair to read
                        underDate.add(t.text());
                    }
                    if (date == null && partialDate == null && !(garbledSerial && left == 0)) {
                        leadingWords.add(t.text());
                    }
                    left++;
                    continue;
                }
                Column column = overlappingLeadingColumn(t);
                boolean inDescription = header.descriptionIndex() >= 0 && t.start() >= header.description().start() - 1;
                if (column == null || inDescription || codeText(t).length() > longestScrap(column, t)
                        || column.role() == ColumnRole.SERIAL && serial != null) {
                    // a serial read already: a short word beside it ("6  Non Invasive Procedure", "15  Room Rent")
                    // starts the description, however near the S.No title it stands
                    break;
                }
                if (column.role() == ColumnRole.DATE && date == null && partialDate == null) {
                    if (t.kind() == TokenKind.DATE) {
                        date = DateReader.read(t.text()).orElse(null);
                    } else {
                        underDate.add(t.text());
                        leadingWords.add(t.text());
                    }
                }
                left++;
            }
            if (!underDate.isEmpty()) {
                dateScraps = String.join(" ", underDate);
            }
            if (!leadingWords.isEmpty() && DateCell.read(String.join(" ", leadingWords)).dateShaped()) {
                // "20 122085 17-30": a date and its time OCR garbled, for the ledger's neighbouring rows to read
                dateCell = String.join(" ", leadingWords);
            }
        }

        /**
         * A line standing wholly left of where the page's descriptions start ("PATHOLOGY  999316" at
         * the left edge) has no leading cells to strip: no row ends there. It is a heading.
         */
        private boolean whollyLeftOfBand() {
            return band != null && !all.isEmpty() && all.getLast().end() <= band
                    && all.stream().noneMatch(t -> t.kind() == TokenKind.DATE);
        }

        /** How long a scrap under a date or code column may be: a code OCR garbled ("SRV764?7", "8E&D8290") keeps its digits. */
        private static int longestScrap(Column column, Token t) {
            if (column.role() == ColumnRole.DATE) {
                return 11;
            }
            if (column.role() == ColumnRole.SERIAL) {
                // "iT" for "7.": a serial number OCR garbled
                return 4;
            }
            return t.text().chars().filter(Character::isDigit).count() >= 3 ? 9 : 7;
        }

        /** A code as OCR leaves it: specks before it ("=SRV2029", "~LAB3206") dropped, an S read as $ read back. */
        private static String codeText(Token t) {
            return LEADING_SPECKS.matcher(t.text()).replaceFirst("").replace('$', 'S');
        }

        /** The serial, date, code or HSN column a word stands under: of those it overlaps, the one nearest it. */
        private Column overlappingLeadingColumn(Token t) {
            Column best = null;
            for (Column c : header.leading()) {
                boolean dateOrCode = c.role() == ColumnRole.DATE || c.role() == ColumnRole.CODE || c.role() == ColumnRole.SERIAL
                        || c.role() == ColumnRole.HSN;
                if (dateOrCode && t.start() < c.end() + 2 && t.end() > c.start() - 2
                        && (best == null || ColumnPlacement.distance(t, c) < ColumnPlacement.distance(t, best))) {
                    best = c;
                }
            }
            return best;
        }

        /**
         * "Complete Blood Count85025" where a code column follows the description: a description
         * run into its code leaves the words in the description and the digits as the row's code.
         */
        private boolean splitGluedCode(Token t) {
            Matcher m = GLUED_CODE.matcher(t.text());
            if (!m.matches()) {
                return false;
            }
            String words = m.group(1);
            code = m.group(2);
            gluedCode = true;
            all.set(meaningful.get(right), new Token(words, t.start(), t.start() + words.length(), t.cellStart(), TokenKind.WORD));
            return true;
        }

        /** Whether character offsets say where words stand: the line has column gaps, or is indented like a layout line. */
        private boolean laidOut() {
            return laidOutDocument
                    && (all.stream().skip(1).anyMatch(Token::cellStart) || !all.isEmpty() && all.getFirst().start() >= 2);
        }

        private static boolean looksLikeCode(Token t, Token next) {
            String text = codeText(t);
            boolean lettersAndDigits = text.chars().anyMatch(Character::isDigit) && text.chars().anyMatch(Character::isLetter);
            return CODE.matcher(text).matches() && text.chars().noneMatch(Character::isLowerCase)
                    && (next.cellStart() || lettersAndDigits);
        }

        private boolean isSerial(Token t) {
            return t.kind() == TokenKind.NUMBER && t.text().matches("\\W*\\d{1,4}\\W*")
                    && NumberReader.read(t.text()).map(PrintedNumber::looksWhole).orElse(false) && !underDescription(t);
        }

        private boolean leftOfDescription(Token t) {
            return laidOut() && header.descriptionIndex() > 0 && t.end() <= header.description().start();
        }

        /** "500 ml Charges" wrapped under the description column starts with a number that is no S.No. */
        private boolean underDescription(Token t) {
            return header != null && laidOut() && header.descriptionIndex() >= 0 && header.descriptionIndex() > 0
                    && t.start() >= header.description().start() - 1 && nearestColumn(t).role() == ColumnRole.DESCRIPTION;
        }

        /** Reads the columns right of the description in the header's order, right to left. */
        private void readTrailingByHeader() {
            List<Column> trailing = header.trailing();
            if (onlyDescription(trailing)) {
                return;
            }
            boolean datedColumn = trailing.stream().anyMatch(c -> c.role() == ColumnRole.DATE || c.role() == ColumnRole.EXPIRY);
            while (!datedColumn && right > left && token(right).kind() == TokenKind.DATE) {
                // a date printed last in a column the header did not name: the row's date
                takeLaterDate(token(right));
                right--;
            }
            for (int c = trailing.size() - 1; c >= 0 && right >= left; c--) {
                Column column = trailing.get(c);
                Token t = token(right);
                if (leftOfDescription(t)) {
                    // "PATHOLOGY  999316": a number under a leading column (the section's SAC code) is no trailing cell
                    break;
                }
                ColumnRole role = column.role();
                if (role.numeric()) {
                    readNumber(column, t);
                } else if (role == ColumnRole.EXPIRY) {
                    if (t.kind() == TokenKind.EXPIRY || t.kind() == TokenKind.DATE || t.kind() == TokenKind.PARTIAL_DATE
                            || standsUnder(t, column)) {
                        right--;
                    }
                } else if (role == ColumnRole.CODE && right > left && splitGluedCode(t)) {
                    // the description keeps its words; the code glued to them is the code column's
                } else if (role == ColumnRole.BATCH || role == ColumnRole.HSN || role == ColumnRole.CODE) {
                    if (role == ColumnRole.CODE && CLEAN_CODE.matcher(t.text()).matches() && t.text().chars().anyMatch(Character::isDigit)) {
                        code = t.text();
                    }
                    if (right > left && (t.text().chars().anyMatch(Character::isDigit) || t.cellStart() && CODE.matcher(t.text()).matches()
                            || standsUnder(t, column))) {
                        right--;
                        while (role == ColumnRole.BATCH && !t.cellStart() && right > left && laidOut()
                                && token(right).start() >= column.start() - 2 && token(right).kind() != TokenKind.DATE) {
                            // "16TT1 802": a batch number OCR split at a space is one cell
                            t = token(right);
                            right--;
                        }
                    }
                } else if (role == ColumnRole.DATE) {
                    if (t.kind() == TokenKind.DATE) {
                        date = DateReader.read(t.text()).orElse(date);
                        right--;
                    }
                } else if (role == ColumnRole.UNKNOWN && right > left && (t.kind() == TokenKind.NUMBER || t.cellStart())) {
                    if (!laidOut() || nearestColumn(t) == column) {
                        if (t.kind() == TokenKind.NUMBER && rightOfAmount(column, trailing)) {
                            // a figure under a title OCR could not read, after the amount: perhaps the payer's
                            // share of the charge ("Company Amount"), for the row's arithmetic to weigh
                            NumberReader.read(t.text()).ifPresent(n -> numbers.putIfAbsent(ColumnRole.OTHER_NUMBER, n));
                        }
                        right--;
                    }
                } else if (role == ColumnRole.OTHER_TEXT && right > left && t.cellStart()) {
                    if (t.kind() == TokenKind.NUMBER && rightOfAmount(column, trailing)) {
                        // a figure under a column titled like text ("Company") after the amount: a share of
                        // the charge printed apart, for the row's arithmetic to weigh (ChargeReading)
                        NumberReader.read(t.text()).ifPresent(n -> numbers.putIfAbsent(ColumnRole.OTHER_NUMBER, n));
                    }
                    right--;
                }
            }
            placeByPosition();
            dropTrailingCellsByPosition(trailing);
        }

        /** Whether {@code column} stands after the amount column among the trailing ones. */
        private static boolean rightOfAmount(Column column, List<Column> trailing) {
            int amount = -1;
            for (int k = 0; k < trailing.size(); k++) {
                if (trailing.get(k).role() == ColumnRole.AMOUNT) {
                    amount = k;
                }
            }
            return amount >= 0 && trailing.indexOf(column) > amount;
        }

        /**
         * Words left over that stand under the trailing columns, not under the description (a
         * batch number OCR split in two, an expiry garbled, a blank quantity's specks): they are
         * cells the header's order could not place, not more of the description.
         */
        private void dropTrailingCellsByPosition(List<Column> trailing) {
            if (!laidOut() || trailing.isEmpty() || header.descriptionIndex() < 0 || gluedCode) {
                // a description run into its code ends where the code column starts: its words stay
                return;
            }
            int firstTrailing = trailing.getFirst().start();
            int from = right;
            while (from > left && token(from).start() >= firstTrailing - 2 && token(from).start() > header.description().end()
                    && nearestColumn(token(from)).role() != ColumnRole.DESCRIPTION) {
                from--;
            }
            // whole cells only: a description running on past the next column's title ("(7 nights @ 2,500/night)") keeps its words
            int cell = from + 1;
            while (cell <= right && !token(cell).cellStart()) {
                cell++;
            }
            for (int k = right; k >= cell; k--) {
                Token t = token(k);
                if (t.kind() == TokenKind.NUMBER && t.cellStart()) {
                    // "EMESET 2ML  2  4360225  071:69'2027  £13.45  £26.70": a garbled cell between kept the
                    // header's order from reaching the quantity, but it stands under its column all the same
                    fillNearestColumn(t, column -> column.role().numeric());
                } else if (t.kind() == TokenKind.DATE) {
                    // the row's date, printed in a column the header's order did not reach
                    takeLaterDate(t);
                } else if (t.kind() == TokenKind.STAMP && date == null && dateScraps == null && LineTokens.isDateShaped(t.text())) {
                    dateScraps = t.text();
                }
            }
            right = Math.min(right, cell - 1);
        }

        /**
         * A wrapped line that is one run of single-spaced words ending left of every trailing
         * column ("Clavulanic Acid 625" under "Amoxicillin and"): its number is a strength, not a cell.
         */
        private boolean onlyDescription(List<Column> trailing) {
            if (!laidOutDocument || trailing.isEmpty() || right <= left || header.descriptionIndex() < 0) {
                return false;
            }
            Token last = token(right);
            boolean oneCell = all.stream().skip(1).noneMatch(Token::cellStart);
            return oneCell && last.kind() == TokenKind.NUMBER && last.end() < trailing.getFirst().start() - 1;
        }

        private void readNumber(Column column, Token t) {
            ColumnRole role = column.role();
            if ((role == ColumnRole.TAX || role == ColumnRole.DISCOUNT) && right > left && t.text().matches("[\\d.,]*%")) {
                // "12%", "5%": a rate of tax or discount, not money
                right--;
                return;
            }
            if (t.kind() == TokenKind.NUMBER && laidOut() && right > left && nearestColumn(t).role() == ColumnRole.DESCRIPTION) {
                // a number standing in the description column ("Tazobactam 4.5g" read as "4.59") is part of it
                return;
            }
            if (role == ColumnRole.QUANTITY && t.kind() == TokenKind.NUMBER && laidOut() && right > left && t.cellStart()
                    && (nearestColumn(t).role() == ColumnRole.BATCH || nearestColumn(t).role() == ColumnRole.EXPIRY)) {
                // "4360225" under Batch: a garbled cell on its right put the header's order one column off;
                // the batch number is no quantity (the one under Qty is placed by its position)
                right--;
                return;
            }
            if (t.kind() == TokenKind.NUMBER && (right > left || !numbers.isEmpty())) {
                PrintedNumber n = figure(t);
                boolean scrapped = scrapBefore(t);
                // "gt 86": letters OCR made of the cell's first digits, in the same cell: what is left is no clean figure
                take(column, t, scrapped ? new PrintedNumber(n.value(), n.decimal(), true) : n);
                right -= scrapped ? 2 : 1;
            } else if (right > left && (role == ColumnRole.TAX || role == ColumnRole.DISCOUNT || role == ColumnRole.OTHER_NUMBER
                        || role == ColumnRole.AMOUNT && t.text().length() <= 2 && token(right - 1).kind() == TokenKind.NUMBER)
                    && t.kind() == TokenKind.WORD && t.cellStart() && t.text().length() <= 3
                    && t.text().chars().noneMatch(Character::isDigit) && numbers.isEmpty()) {
                // a GST%, discount or amount cell OCR made letters of ("ey", "CO", "a"): unread, the columns left
                // of it still line up (an amount left unread is then worked out from quantity and rate)
                right--;
            } else if (role == ColumnRole.QUANTITY && right > left && isUnitWord(t) && token(right - 1).kind() == TokenKind.NUMBER) {
                take(column, token(right - 1), NumberReader.read(token(right - 1).text()).orElseThrow());
                right -= 2;
            } else if (role == ColumnRole.QUANTITY && QUANTITY_WITH_UNIT.matcher(codeText(t)).matches()) {
                // "1Day", "2Nos", "~1No": the unit printed against the number
                Matcher m = QUANTITY_WITH_UNIT.matcher(codeText(t));
                m.matches();
                take(column, t, new PrintedNumber(new BigDecimal(m.group(1)), m.group(1).contains("."), false));
                right--;
            } else if (role == ColumnRole.QUANTITY && right > left && isUnitWord(t) && t.cellStart()) {
                // the unit is printed, its number is not: the quantity is worked out from rate and amount
                unreadableQuantity = true;
                right--;
            } else if (role == ColumnRole.QUANTITY && readsAsOne(t.text())) {
                take(column, t, new PrintedNumber(BigDecimal.ONE, false, true));
                right--;
            } else if (role == ColumnRole.QUANTITY && right > left && isUnreadable(t)) {
                unreadableQuantity = true;
                right--;
            } else if (right > left && (isGarbledNumber(t) || garbledUnder(t, column))) {
                // a numeric cell OCR could not read ("§1.00", "4::5256", quantity and MRP run together as "6:43:75"):
                // skipped, so the columns left of it still line up
                unreadableQuantity |= role == ColumnRole.QUANTITY;
                if (role == ColumnRole.OTHER_NUMBER) {
                    // kept as its digits, marked misread: a second printing of the amount ("7/279") still says something of it
                    take(column, t, new PrintedNumber(new BigDecimal(t.text().replaceAll("\\D", "")), false, true));
                }
                right--;
            }
        }

        /**
         * What figure {@code t} prints: as the page's geometry reads it where the cell stands in a
         * column printing a currency sign at its left edge ({@link SignColumns}), else as its text reads.
         */
        private PrintedNumber figure(Token t) {
            return signRead(t).orElseGet(() -> NumberReader.read(t.text()).orElseThrow());
        }

        private Optional<PrintedNumber> signRead(Token t) {
            return geometry == null ? Optional.empty() : geometry.signRead(t);
        }

        /** A short scrap of letters opening the cell of number {@code t} under a numeric column (a lone letter is more often a border or a look-alike of 1). */
        private boolean scrapBefore(Token t) {
            if (!laidOut() || t.cellStart() || right - 1 <= left) {
                return false;
            }
            Token before = token(right - 1);
            return before.cellStart() && before.kind() == TokenKind.WORD && before.text().length() >= 2 && before.text().length() <= 3
                    && before.text().chars().allMatch(Character::isLetter) && nearestColumn(before).role().numeric();
        }

        private void take(Column column, Token t, PrintedNumber number) {
            numbers.putIfAbsent(column.role(), number);
            numberTokens.addFirst(t);
            numberColumns.addFirst(column);
            numberValues.addFirst(number);
        }

        /**
         * When a numeric cell is blank ("Room  2  4000.00" under Qty/Rate/Amount), the numbers are
         * placed under the columns they stand below rather than filled in from the right: below the
         * page's column bands when its words' boxes show them ({@link ColumnBands}).
         */
        private void placeByPosition() {
            List<Column> numericColumns = header.trailing().stream().filter(c -> c.role().numeric()).toList();
            if (!laidOut() || numberTokens.isEmpty() || numberTokens.size() >= numericColumns.size()) {
                return;
            }
            List<PrintedNumber> values = List.copyOf(numberValues);
            // by the words' boxes where the page shows its columns, else by character offsets
            int[] byBoxes = geometry == null ? null : geometry.place(numberTokens, numericColumns);
            int[] best = byBoxes != null ? byBoxes : ColumnPlacement.best(numberTokens, numericColumns);
            numericColumns.forEach(c -> numbers.remove(c.role()));
            for (int k = 0; k < best.length; k++) {
                numbers.putIfAbsent(numericColumns.get(best[k]).role(), values.get(k));
            }
            takeStrayedNumber(numericColumns);
        }

        /**
         * The number left at the description's end when a scrap read past the last column ("2  100.20
         * 0.00  200.40  26  CO") used up the columns from the right: a cell of its own standing under a
         * numeric column the placement left blank is that column's, not the description's.
         */
        private void takeStrayedNumber(List<Column> numericColumns) {
            if (right <= left) {
                return;
            }
            Token t = token(right);
            if (t.kind() == TokenKind.NUMBER && t.cellStart() && fillNearestColumn(t, numericColumns::contains)) {
                right--;
            }
        }

        /**
         * Reads figure {@code t} into the column it stands nearest, when that column is {@code eligible}
         * and still empty; a quantity is a whole count ("44.63" nearest the Qty title is some other
         * column's figure). Whether it did.
         */
        private boolean fillNearestColumn(Token t, Predicate<Column> eligible) {
            Column under = nearestColumn(t);
            if (under == null || !eligible.test(under) || numbers.containsKey(under.role())) {
                return false;
            }
            Optional<PrintedNumber> read = signRead(t).or(() -> NumberReader.read(t.text())).filter(n -> under.role() != ColumnRole.QUANTITY || n.looksWhole());
            read.ifPresent(n -> numbers.put(under.role(), n));
            return read.isPresent();
        }

        /** Numbers past the description when no header names the columns: up to three, expiry and batch skipped. */
        private void readTrailingNumbers() {
            List<PrintedNumber> found = new ArrayList<>();
            if (right > left + 1 && isTag(token(right)) && token(right - 1).kind() == TokenKind.NUMBER) {
                // "$15.99  (Rx)", "$8.99  (FSA)": a remark printed after the amount, in a column of its own
                right--;
            }
            boolean skippedExpiry = false;
            while (right >= left && found.size() < MAX_UNPLACED + 1) {
                Token t = token(right);
                if (t.kind() == TokenKind.NUMBER && (right > left || !found.isEmpty())) {
                    found.addFirst(NumberReader.read(t.text()).orElseThrow());
                } else if (t.kind() == TokenKind.EXPIRY && !found.isEmpty() && !skippedExpiry) {
                    skippedExpiry = true;
                } else if (isUnitWord(t) && !found.isEmpty() && right > left && token(right - 1).kind() == TokenKind.NUMBER) {
                    // "2 Nos": the unit word goes, the quantity is read next
                } else {
                    break;
                }
                right--;
            }
            if (skippedExpiry && right > left && token(right).cellStart() && token(right).text().chars().anyMatch(Character::isDigit)) {
                right--;
            }
            // the row's arithmetic says how many of the figures are cells ("1.00  1,000.00  0  1,000.00" with a
            // discount column); unconfirmed, the last three are, and a figure before them is the description's
            int cells = RowArithmetic.confirmed(found).map(r -> found.size() - r.first()).orElse(MAX_UNPLACED);
            while (found.size() > cells) {
                found.removeFirst();
                right++;
            }
            unplaced.addAll(found);
        }

        private List<Token> description() {
            if (right < left) {
                return List.of();
            }
            int from = meaningful.get(left);
            int to = meaningful.get(right);
            List<Token> words = new ArrayList<>();
            for (Token t : all.subList(from, to + 1)) {
                if (t.kind() == TokenKind.STAMP) {
                    if (date == null && dateScraps == null && LineTokens.isDateShaped(t.text())) {
                        // "19/41/2025": a date OCR garbled, kept for the date repair to read within the stay
                        dateScraps = t.text();
                    }
                    continue;
                }
                if (t.kind() == TokenKind.DATE) {
                    // a date among the description's words stands in a date column the header did not name
                    takeLaterDate(t);
                } else {
                    words.add(t);
                }
            }
            return words;
        }

        private boolean isUnitWord(Token t) {
            return UNIT_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
        }

        /** A short scrap where the quantity stands ("al", "il", "LZ"): OCR's reading of a lone digit. */
        private boolean isUnreadable(Token t) {
            if (t.text().length() > 3 || t.kind() != TokenKind.WORD || t.text().chars().anyMatch(Character::isDigit)) {
                return false;
            }
            if (!laidOut()) {
                // without column gaps only the order tells: a scrap right before the rate is the quantity
                return !looksLikeWord(t.text()) && !t.text().equals(t.text().toUpperCase(Locale.ROOT));
            }
            Column nearest = nearestColumn(t);
            return nearest != null && nearest.role() == ColumnRole.QUANTITY && (t.cellStart() || !looksLikeWord(t.text()));
        }

        /** A short cell of its own standing under {@code column}: whatever OCR made of it ("ov27" for an expiry), it is that column's. */
        private boolean standsUnder(Token t, Column column) {
            return right > left && laidOut() && t.cellStart() && t.text().length() <= 10 && nearestColumn(t) == column;
        }

        /** A cell of digits and stray marks standing under {@code column}. */
        private boolean garbledUnder(Token t, Column column) {
            long digits = t.text().chars().filter(Character::isDigit).count();
            return laidOut() && t.cellStart() && digits >= 3 && digits * 2 >= t.text().length()
                    && t.text().chars().noneMatch(Character::isLetter) && nearestColumn(t) == column;
        }

        private static boolean isGarbledNumber(Token t) {
            String text = t.text();
            long digits = text.chars().filter(Character::isDigit).count();
            return t.cellStart() && digits >= 2 && digits * 2 >= text.length() && text.matches(".*\\d[.,:]\\d{2}\\W*$");
        }

        /**
         * A date printed past the row's leading cells is its date only when the row has none of its own: beside a
         * date cell OCR garbled, or under an expiry column, it is another date (the drug's expiry), never the day served.
         */
        private void takeLaterDate(Token t) {
            LocalDate read = DateReader.read(t.text()).orElse(null);
            if (date != null || read == null) {
                return;
            }
            if (hasOwnDateCell() || underExpiry(t)) {
                otherDate = otherDate == null ? read : otherDate;
            } else {
                date = read;
            }
        }

        private boolean hasOwnDateCell() {
            return dateCell != null || dateScraps != null || partialDate != null;
        }

        private boolean underExpiry(Token t) {
            return header != null && laidOut() && header.columns().stream().anyMatch(c -> c.role() == ColumnRole.EXPIRY)
                    && nearestColumn(t).role() == ColumnRole.EXPIRY;
        }

        private Column nearestColumn(Token t) {
            Column best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Column c : header.columns()) {
                int d = ColumnPlacement.distance(t, c);
                if (d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            return best;
        }
    }

    /** A remark in brackets in a cell of its own, printed after a row's amount: "(Rx)", "(FSA)". */
    static boolean isTag(Token t) {
        return t.cellStart() && TAG.matcher(t.text()).matches();
    }

    /** Short words that can end a description and must not be taken for a misread quantity. */
    private static boolean looksLikeWord(String text) {
        return DESCRIPTION_END_WORDS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** A quantity cell of one mark OCR reads for a 1 ("l", "|", "!"). */
    private static boolean readsAsOne(String text) {
        return text.length() == 1 && Character.valueOf('1').equals(OcrConfusions.inAmountAsDigit(text.charAt(0)));
    }
}
