package com.billaudit.ocr;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Opens PDFs within bounded memory and checks their structure before any page is read: the page
 * tree is walked without recursion (PDFBox's own page look-up recurses, so a tree 100,000 levels
 * deep overflows the stack), and every page's content must exist and its images fit the pixel
 * limit, decided from the image dictionaries before anything is decoded. Cheap: no content stream
 * is parsed and no stream decoded.
 */
final class PdfDocuments {
    /** Real page trees are a few levels deep; balanced ones of thousands of pages stay under ten. */
    static final int MAX_PAGE_TREE_DEPTH = 32;
    /** Decoded streams held in memory per document; the rest goes to a temporary file. */
    static final long MAIN_MEMORY_BYTES = 16L * 1024 * 1024;
    /** Decoded streams one document may spill to disk. */
    static final long SCRATCH_BYTES = 512L * 1024 * 1024;
    /** Form XObjects nest images; deeper nesting than this is not followed (nor drawn by any viewer sanely). */
    private static final int MAX_FORM_DEPTH = 8;

    private PdfDocuments() {
    }

    /** Loads a PDF, refusing a password-protected or unparseable one. */
    static PDDocument open(byte[] content) {
        try {
            return Loader.loadPDF(content, "", null, null,
                    MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES, SCRATCH_BYTES).streamCache);
        } catch (InvalidPasswordException e) {
            throw new DocumentRejectedException(Reason.ENCRYPTED, "the PDF is password-protected", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox's parser also fails with unchecked exceptions on mangled files.
            throw corrupt("the PDF cannot be read: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // PDFBox parses nested arrays and dictionaries recursively
            throw corrupt("the PDF's objects are nested too deeply", e);
        }
    }

    /**
     * Walks the page tree and checks every page.
     *
     * @return the number of pages
     * @throws DocumentRejectedException EMPTY, CORRUPT (a tree that loops, nests too deeply or
     *                                   names missing content) or TOO_LARGE (pages, pixels)
     */
    static int checkedPageCount(PDDocument document, OcrSettings settings) {
        try {
            return walk(document, settings);
        } catch (RuntimeException e) {
            if (e instanceof DocumentRejectedException rejected) {
                throw rejected;
            }
            throw corrupt("the PDF's page tree cannot be read: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw corrupt("the PDF's objects are nested too deeply", e);
        }
    }

    private record Node(COSDictionary dictionary, int depth, COSDictionary inheritedResources) {
    }

    private static int walk(PDDocument document, OcrSettings settings) {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            throw corrupt("the PDF has no page tree", null);
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(root, 1, null));
        int pages = 0;
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!seen.add(node.dictionary())) {
                throw corrupt("the PDF's page tree contains itself", null);
            }
            if (node.depth() > MAX_PAGE_TREE_DEPTH) {
                throw corrupt("the PDF's page tree is nested more than " + MAX_PAGE_TREE_DEPTH + " levels deep", null);
            }
            COSDictionary resources = node.dictionary().getCOSDictionary(COSName.RESOURCES);
            COSDictionary inherited = resources != null ? resources : node.inheritedResources();
            COSArray kids = node.dictionary().getCOSArray(COSName.KIDS);
            if (kids == null) {
                pages++;
                if (pages > settings.maxPages()) {
                    throw new DocumentRejectedException(Reason.TOO_LARGE,
                            "the PDF has more than " + settings.maxPages() + " pages; at most " + settings.maxPages() + " are read");
                }
                checkPage(node.dictionary(), pages, inherited, settings);
                continue;
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    pending.push(new Node(kid, node.depth() + 1, inherited));
                }
            }
        }
        if (pages == 0) {
            throw new DocumentRejectedException(Reason.EMPTY, "the PDF has no pages");
        }
        return pages;
    }

    private static void checkPage(COSDictionary page, int number, COSDictionary resources, OcrSettings settings) {
        COSBase contents = page.getItem(COSName.CONTENTS);
        if (contents instanceof COSObject reference && isMissing(reference.getObject())) {
            throw corrupt("page " + number + "'s content is missing: the file is truncated or damaged", null);
        }
        if (contents instanceof COSArray parts) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i) instanceof COSObject reference && isMissing(reference.getObject())) {
                    throw corrupt("page " + number + "'s content is missing: the file is truncated or damaged", null);
                }
            }
        }
        checkImages(resources, number, settings.maxPixels(), 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isMissing(COSBase object) {
        return object == null || object instanceof COSNull;
    }

    /** Images declared in the resources (and in the forms they hold) must fit the pixel limit. */
    private static void checkImages(COSDictionary resources, int page, long maxPixels, int depth,
                                    Set<COSDictionary> seen) {
        if (resources == null || depth > MAX_FORM_DEPTH || !seen.add(resources)) {
            return;
        }
        COSDictionary xObjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xObjects == null) {
            return;
        }
        for (COSName name : xObjects.keySet()) {
            if (!(xObjects.getDictionaryObject(name) instanceof COSStream xObject)) {
                continue;
            }
            if (COSName.IMAGE.equals(xObject.getCOSName(COSName.SUBTYPE))) {
                checkPixels(xObject.getLong(COSName.WIDTH, xObject.getLong(COSName.W, 0)),
                        xObject.getLong(COSName.HEIGHT, xObject.getLong(COSName.H, 0)), page, maxPixels);
                if (isJpeg(xObject)) {
                    // the JPEG decoder goes by the size in the JPEG, whatever the dictionary says
                    long[] size = jpegSize(xObject);
                    checkPixels(size[0], size[1], page, maxPixels);
                }
            } else if (COSName.FORM.equals(xObject.getCOSName(COSName.SUBTYPE))) {
                checkImages(xObject.getCOSDictionary(COSName.RESOURCES), page, maxPixels, depth + 1, seen);
            }
        }
    }

    private static void checkPixels(long width, long height, int page, long maxPixels) {
        if (width < 0 || height < 0 || width > maxPixels || height > maxPixels || width * height > maxPixels) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "page " + page + " holds an image of "
                    + width + "x" + height + " pixels; at most " + maxPixels + " are read");
        }
    }

    /** An image whose only filter is DCTDecode: its stream is a JPEG file as it is. */
    private static boolean isJpeg(COSStream image) {
        COSBase filter = image.getDictionaryObject(COSName.FILTER);
        if (filter instanceof COSArray filters && filters.size() == 1) {
            filter = filters.getObject(0);
        }
        return COSName.DCT_DECODE.equals(filter);
    }

    /** Width and height from the JPEG's frame header, read from the encoded stream; 0x0 when there is none. */
    private static long[] jpegSize(COSStream image) {
        try (InputStream raw = image.createRawInputStream()) {
            return JpegHeader.size(raw);
        } catch (IOException e) {
            throw corrupt("an image's data cannot be read: " + e.getMessage(), e);
        }
    }

    private static DocumentRejectedException corrupt(String message, Throwable cause) {
        return new DocumentRejectedException(Reason.CORRUPT, message, cause);
    }

    /** Closes {@code document}, opened in memory: a failing close leaves nothing open to report. */
    static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // an in-memory document: nothing is left open
        }
    }
}
