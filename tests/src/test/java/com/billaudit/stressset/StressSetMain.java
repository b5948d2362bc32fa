package com.billaudit.stressset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a generated acceptance set in the dev set's format (manifest.json, bills/,
 * expected/, tariff.csv, non_payable.csv) for /work/shared/acceptance/score.py.
 * Usage: {@code StressSetMain OUT_DIR [SEED] [COUNT] [FORMAT,FORMAT...]} (formats: txt, pdf-text,
 * scan-png, scan-jpeg, scan-pdf; multi-page bills drawn as PNG or JPEG become scan-pdf).
 */
public final class StressSetMain {
    static final String SCHEME = "ACCEPT";
    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;
    /** Letter pairs PDFBox typesets as one ligature glyph (fi, fl, ff), which text extraction returns as U+FB00-FB04. */
    private static final java.util.regex.Pattern LIGATURES = java.util.regex.Pattern.compile("f[fil]");

    /** One bill's manifest entry; {@code traits} (not read by score.py) names every random choice behind it. */
    record Entry(String id, String file, String format, String layout, List<String> issues, int items, int pages,
                 List<String> traits) {
    }

    private record Document(String layout, List<String> issues, GroundTruth.Expected expected, List<Page> pages,
                            FontFace face, List<String> traits) {
    }

    private static final List<String> FORMATS = List.of("txt", "pdf-text", "scan-png", "scan-jpeg", "scan-pdf");
    private static final double[] DEFAULT_FORMAT_WEIGHTS = {15, 35, 15, 20, 15};

    private final Path out;
    private final double[] formatWeights;
    private final BillPlanner planner = new BillPlanner();
    private final GroundTruth truth = new GroundTruth(SchemeCatalog.tariff());
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    StressSetMain(Path out) {
        this(out, FORMATS);
    }

    /** A set whose documents come only in {@code formats} (the usual mix among them); other choices stay as with all formats. */
    StressSetMain(Path out, List<String> formats) {
        this.out = out;
        this.formatWeights = new double[FORMATS.size()];
        for (int i = 0; i < FORMATS.size(); i++) {
            formatWeights[i] = formats.contains(FORMATS.get(i)) ? DEFAULT_FORMAT_WEIGHTS[i] : 0;
        }
        if (java.util.Arrays.stream(formatWeights).sum() == 0) {
            throw new IllegalArgumentException("no known format in " + formats + "; known: " + FORMATS);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: StressSetMain OUT_DIR [SEED] [COUNT] [FORMAT,FORMAT...]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        List<String> formats = args.length > 3 && !args[3].isBlank() ? List.of(args[3].split(",")) : FORMATS;
        List<Entry> entries = new StressSetMain(Path.of(args[0]), formats).generate(seed, count);
        System.out.println("wrote " + entries.size() + " documents to " + args[0] + " (seed " + seed + ")");
    }

    List<Entry> generate(long seed, int count) throws IOException {
        Files.createDirectories(out.resolve("bills"));
        Files.createDirectories(out.resolve("expected"));
        Files.writeString(out.resolve("tariff.csv"), SchemeCatalog.TARIFF_CSV, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("non_payable.csv"), SchemeCatalog.NON_PAYABLE_CSV, StandardCharsets.UTF_8);
        Pick root = new Pick(seed);
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(one(String.format("st-%03d", i), root.fork()));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("scheme", SCHEME);
        manifest.put("seed", seed);
        manifest.put("bills", entries);
        json.writeValue(out.resolve("manifest.json").toFile(), manifest);
        return entries;
    }

    private Entry one(String id, Pick pick) throws IOException {
        int kind = pick.weighted(70, 18, 12);
        boolean multipage = kind == 0 && pick.chance(0.22);
        String format = FORMATS.get(pick.weighted(formatWeights));
        if (multipage && format.startsWith("scan-") && !format.equals("scan-pdf")) {
            format = "scan-pdf";
        }
        // Some PDFs and scans are a line printer's character-cell report rather than a typeset page.
        // DejaVu Sans Mono (the only monospaced face here) has a dotted zero that Tesseract reads as 6 or 8,
        // which real printer fonts do not have: monospaced pages are born-digital only, never scanned.
        boolean printout = format.equals("pdf-text") && pick.chance(0.2);
        int printMargin = pick.between(24, 40);
        Metrics metrics = printout ? printoutCells(pick, printMargin) : metrics(pick, format, multipage);
        Document doc = kind == 2 ? nonBill(pick, metrics) : bill(pick, kind == 0, multipage, metrics);
        if (printout) {
            List<String> traits = new ArrayList<>(doc.traits());
            traits.add("monospace-printout");
            int columns = ((Metrics.Cells) metrics).columns();
            doc = new Document(doc.layout(), doc.issues(), doc.expected(),
                    Printout.typeset(doc.pages(), columns, pick.chance(0.7) ? '-' : '=', A4_WIDTH, A4_HEIGHT, printMargin),
                    FontFace.MONO, traits);
        }
        if (doc.pages().size() > 1 && (format.equals("scan-png") || format.equals("scan-jpeg"))) {
            format = "scan-pdf";
        }
        List<String> traits = new ArrayList<>(doc.traits());
        String file = id + switch (format) {
            case "txt" -> ".txt";
            case "scan-png" -> ".png";
            case "scan-jpeg" -> ".jpg";
            default -> ".pdf";
        };
        traits.addAll(writeDocument(out.resolve("bills").resolve(file), format, doc, pick));
        writeExpected(id, file, format, doc);
        return new Entry(id, file, format, doc.layout(), doc.issues(), doc.expected().lineItems().size(), doc.pages().size(), traits);
    }

    private static Metrics printoutCells(Pick pick, int margin) {
        int columns = pick.between(96, 120);
        return new Metrics.Cells(columns, Printout.rowsPerPage(columns, A4_WIDTH, A4_HEIGHT, margin), pick.between(2, 3));
    }

    private static Metrics metrics(Pick pick, String format, boolean multipage) {
        if (format.equals("txt")) {
            return new Metrics.Cells(pick.between(96, 136), multipage ? pick.between(56, 72) : 100_000, pick.between(2, 4));
        }
        FontFace face = FontFace.values()[pick.weighted(4, 2, 2, format.startsWith("scan-") ? 0 : 1)];
        boolean letter = pick.chance(0.15);
        double size = multipage ? pick.oneOf(8.5, 9.0, 9.5, 10.0) : pick.oneOf(7.5, 8.0, 8.5, 9.0, 9.5, 10.0);
        return new Metrics.Typeset(face, size, letter ? 612 : A4_WIDTH,
                letter ? 792 : A4_HEIGHT, pick.between(28, 54));
    }

    private Document bill(Pick pick, boolean hospital, boolean multipage, Metrics metrics) {
        for (int attempt = 0; ; attempt++) {
            Pick p = pick.fork();
            Layout layout = hospital ? LayoutPicker.hospital(p, multipage) : LayoutPicker.pharmacy(p);
            Bill bill = hospital
                    ? planner.hospital(p, Parties.hospital(p), LayoutPicker.shape(p, layout, multipage))
                    : planner.pharmacy(p, Parties.pharmacy(p), p.between(3, 14));
            GroundTruth.Expected expected;
            try {
                expected = truth.of(bill);
            } catch (IllegalStateException accidental) {
                // Random choices produced a finding nobody planted (say, two wordings that normalise alike): draw again.
                if (attempt > 20) {
                    throw accidental;
                }
                continue;
            }
            List<Page> pages = new BillComposer(bill, layout, metrics, p).compose();
            List<String> traits = new ArrayList<>(layout.traits());
            if (metrics instanceof Metrics.Typeset t) {
                traits.add("font:" + t.face().name().toLowerCase() + "-" + t.bodySize());
            } else if (metrics instanceof Metrics.Cells c) {
                traits.add("text-width:" + c.columns());
            }
            if (bill.advance().signum() != 0) {
                traits.add("advance-paid");
            }
            if (bill.roundOff().signum() != 0) {
                traits.add("round-off");
            }
            if (bill.discount().signum() != 0) {
                traits.add("discount");
            }
            if (!bill.taxes().isEmpty()) {
                traits.add("gst");
            }
            if (bill.lines().stream().anyMatch(Bill.Line::hardVariant)) {
                traits.add("hard-wordings:" + bill.lines().stream().filter(Bill.Line::hardVariant).count());
            }
            if (bill.lines().stream().anyMatch(l -> l.code() == null && !l.nonPayable())) {
                traits.add("off-tariff-item");
            }
            if (pages.stream().flatMap(pg -> pg.marks().stream()).anyMatch(mk -> mk instanceof Page.Text t && LIGATURES.matcher(t.text()).find())
                    && !(metrics instanceof Metrics.Cells)) {
                traits.add("ligature-pairs");
            }
            FontFace face = metrics instanceof Metrics.Typeset t ? t.face() : FontFace.MONO;
            // A long bill that still fit one page is named for its table, not as a multi-page bill.
            String name = layout.name().equals("multipage") && pages.size() == 1 ? "long-single-page" : layout.name();
            return new Document(name, bill.issues(), expected, pages, face, traits);
        }
    }

    private static Document nonBill(Pick pick, Metrics metrics) {
        NonBillComposer.Kind kind = NonBillComposer.Kind.values()[pick.between(0, 2)];
        Formats formats = Formats.pick(pick);
        List<Page> pages = new NonBillComposer(kind, metrics, formats, pick).compose();
        FontFace face = metrics instanceof Metrics.Typeset t ? t.face() : FontFace.MONO;
        return new Document(NonBillComposer.traitName(kind), List.of(), GroundTruth.notABill(), pages, face,
                List.of("not-a-bill:" + NonBillComposer.traitName(kind)));
    }

    /** Writes the document in its format; answers the scan traits (empty for born-digital files). */
    private static List<String> writeDocument(Path file, String format, Document doc, Pick pick) throws IOException {
        switch (format) {
            case "txt" -> {
                String text = TextRaster.render(doc.pages(), pick.chance(0.7) ? '-' : '=', pick.chance(0.5) ? "\n\f" : "\n\n\n");
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return List.of();
            }
            case "pdf-text" -> {
                Files.write(file, PdfRaster.textPdf(doc.pages(), doc.face()));
                return List.of();
            }
            default -> {
                ScanEffects effects = ScanEffects.pick(pick, !format.equals("scan-png"));
                List<BufferedImage> images = new ArrayList<>();
                for (Page page : doc.pages()) {
                    images.add(effects.apply(ImageRaster.render(page, doc.face(), effects.dpi(), effects.paper(), effects.ink()), pick));
                }
                switch (format) {
                    case "scan-png" -> ImageIO.write(images.get(0), "png", file.toFile());
                    case "scan-jpeg" -> writeJpeg(images.get(0), effects.jpegQuality(), file);
                    default -> Files.write(file, PdfRaster.scannedPdf(images, doc.pages().get(0).width(), doc.pages().get(0).height(),
                            effects.jpegQuality()));
                }
                return effects.traits();
            }
        }
    }

    private static void writeJpeg(BufferedImage image, float quality, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private void writeExpected(String id, String file, String format, Document doc) throws IOException {
        GroundTruth.Expected e = doc.expected();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("file", file);
        body.put("format", format);
        body.put("layout", doc.layout());
        body.put("scheme", SCHEME);
        body.put("documentType", e.documentType());
        body.put("lineItems", e.lineItems());
        body.put("totals", e.totals());
        body.put("findings", e.findings());
        body.put("verdict", e.verdict());
        json.writeValue(out.resolve("expected").resolve(id + ".json").toFile(), body);
    }
}
