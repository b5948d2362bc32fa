package com.billaudit.ocr;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

import java.nio.IntBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One initialised Tesseract instance, kept for many pages: loading the language data costs far
 * more than a small page. Not thread-safe; {@link EnginePool} hands it to one thread at a time.
 */
final class TesseractEngine implements AutoCloseable {

    private final TessBaseAPI handle;
    /** Tesseract's page segmentation mode for one line of text. */
    private static final int SINGLE_LINE = 7;

    /**
     * The interface mapping binds each native function on first call; tess4j's direct mapping
     * (TessAPI1) binds them all at load and fails on Debian's libtesseract, which lacks a few.
     */
    private static TessAPI api() {
        return TessAPI.INSTANCE;
    }

    private TesseractEngine(TessBaseAPI handle) {
        this.handle = handle;
    }

    /**
     * @throws IllegalStateException when libtesseract or the language data cannot be loaded
     */
    static TesseractEngine open(String tessdataPath, String languages, int pageSegMode) {
        TessBaseAPI handle;
        try {
            OpenMp.limitToOneThread();
            handle = api().TessBaseAPICreate();
        } catch (LinkageError e) {
            throw new IllegalStateException("libtesseract cannot be loaded: " + e.getMessage(), e);
        }
        if (api().TessBaseAPIInit3(handle, tessdataPath, languages) != 0) {
            api().TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract found no '" + languages + "' data in " + tessdataPath);
        }
        api().TessBaseAPISetPageSegMode(handle, pageSegMode);
        // Our images carry no reliable resolution; pages are rendered or scanned near 300 dpi.
        api().TessBaseAPISetVariable(handle, "user_defined_dpi", "300");
        // Keep runs of spaces between columns in Tesseract's own text; we rebuild lines anyway.
        api().TessBaseAPISetVariable(handle, "preserve_interword_spaces", "1");
        // Bills have no use for these; without them a sans-serif "I" often reads as one of them.
        api().TessBaseAPISetVariable(handle, "tessedit_char_blacklist", "|!");
        // Only lines read with less than half confidence are tried again inverted (default: below
        // 0.7). Bills print dark on light; a line read half-confidently is no white-on-black
        // text, and its inverted reading never won on the real scans. Saves ~5% of OCR time on
        // dense real pages with the same rows read (ext-001, 003, 018, 022, 024, 026).
        api().TessBaseAPISetVariable(handle, "invert_threshold", "0.5");
        // Every row is taken as proportional print: the search for typewriter-like fixed-pitch
        // rows (a dynamic programme over each row's character cuts) cost ~7% of a dense page's
        // recognition, and the LSTM recogniser, which finds its own spaces, read the same words
        // without it (callgrind and word-for-word comparison on the real scans).
        api().TessBaseAPISetVariable(handle, "textord_all_prop", "1");
        return new TesseractEngine(handle);
    }

    /**
     * Recognises a page and returns its words with boxes in pixels and confidences 0..1.
     *
     * @return null when recognition was cut off by the timeout
     */
    List<Word> recognize(GrayImage image, Duration timeout) {
        // Tesseract copies the pixels when given them; the native copy of ours is freed at once.
        // A direct ByteBuffer per page (up to 80 MB on an enlarged page) would be freed only when
        // the garbage collector got to it, and resident memory grew by the pages read in between.
        byte[] packed = BilevelImage.pack(image);
        if (packed != null) {
            // A black-and-white page goes in as one bit a pixel: Tesseract then takes it as its
            // binary image instead of thresholding it again, and copies an eighth of the bytes.
            int bytesPerLine = BilevelImage.bytesPerLine(image.width());
            try (Memory pixels = new Memory(packed.length)) {
                pixels.write(0, packed, 0, packed.length);
                api().TessBaseAPISetImage(handle, pixels.getByteBuffer(0, packed.length), image.width(), image.height(),
                        0, bytesPerLine);
            }
        } else {
            try (Memory pixels = new Memory(image.pixels().length)) {
                pixels.write(0, image.pixels(), 0, image.pixels().length);
                api().TessBaseAPISetImage(handle, pixels.getByteBuffer(0, image.pixels().length), image.width(), image.height(),
                        1, image.width());
            }
        }
        ETEXT_DESC monitor = api().TessMonitorCreate();
        try {
            api().TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis())));
            long started = System.nanoTime();
            int status = api().TessBaseAPIRecognize(handle, monitor);
            if (status != 0 || System.nanoTime() - started >= timeout.toNanos()) {
                return null;
            }
            return words();
        } finally {
            api().TessMonitorDelete(monitor);
            api().TessBaseAPIClear(handle);
        }
    }

    /**
     * Reads one cell as a single line of text restricted to the given characters (psm 7), then
     * puts the engine back to reading whole pages.
     *
     * @return the cell's words, or null when cut off by the timeout
     */
    List<Word> recognizeLine(GrayImage image, String allowed, int pageSegMode, Duration timeout) {
        api().TessBaseAPISetPageSegMode(handle, SINGLE_LINE);
        api().TessBaseAPISetVariable(handle, "tessedit_char_whitelist", allowed);
        try {
            return recognize(image, timeout);
        } finally {
            api().TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "");
            api().TessBaseAPISetPageSegMode(handle, pageSegMode);
        }
    }

    private List<Word> words() {
        List<Word> words = new ArrayList<>();
        TessResultIterator iterator = api().TessBaseAPIGetIterator(handle);
        if (iterator == null) {
            return words;
        }
        int level = TessPageIteratorLevel.RIL_WORD;
        IntBuffer left = IntBuffer.allocate(1);
        IntBuffer top = IntBuffer.allocate(1);
        IntBuffer right = IntBuffer.allocate(1);
        IntBuffer bottom = IntBuffer.allocate(1);
        try {
            do {
                Pointer textPointer = api().TessResultIteratorGetUTF8Text(iterator, level);
                if (textPointer == null) {
                    continue;
                }
                String text = textPointer.getString(0, "UTF-8").strip();
                api().TessDeleteText(textPointer);
                if (text.isEmpty()) {
                    continue;
                }
                float confidence = api().TessResultIteratorConfidence(iterator, level);
                api().TessPageIteratorBoundingBox(api().TessResultIteratorGetPageIterator(iterator), level,
                        left, top, right, bottom);
                words.add(new Word(text, left.get(0), right.get(0), top.get(0), bottom.get(0),
                        Math.clamp(confidence / 100.0, 0.0, 1.0)));
            } while (api().TessResultIteratorNext(iterator, level) == 1);
        } finally {
            api().TessResultIteratorDelete(iterator);
        }
        return words;
    }

    @Override
    public void close() {
        api().TessBaseAPIEnd(handle);
        api().TessBaseAPIDelete(handle);
    }
}
