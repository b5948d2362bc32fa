package com.billaudit.ocr;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * A PNG, JPEG or (multi-page) TIFF upload, read page by page with ImageIO. Each page's size is
 * checked from its header before any pixel is decoded, so a decompression bomb costs nothing.
 */
final class ImageDocument implements AutoCloseable {

    /** Pages larger than this are decoded subsampled: 600-dpi scans need no more than 300 dpi. */
    static final long WORKING_PIXELS = 16_000_000L;

    private final ImageInputStream input;
    private final ImageReader reader;
    private final byte[] content;
    private final long maxPixels;

    private ImageDocument(ImageInputStream input, ImageReader reader, byte[] content, long maxPixels) {
        this.input = input;
        this.reader = reader;
        this.content = content;
        this.maxPixels = maxPixels;
    }

    static ImageDocument open(byte[] content, long maxPixels) {
        try {
            ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content));
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                input.close();
                throw new DocumentRejectedException(Reason.UNSUPPORTED_TYPE, "no reader for this image format");
            }
            ImageReader reader = readers.next();
            reader.setInput(input, false, true);
            return new ImageDocument(input, reader, content, maxPixels);
        } catch (IOException e) {
            throw corrupt(e);
        }
    }

    /**
     * The number of pages, counted up to {@code limit + 1}: a TIFF's page chain is followed in the
     * bytes (ImageIO's count never ends on a chain that loops), other formats hold one image.
     */
    int pageCount(int limit) {
        try {
            return reader.getFormatName().toLowerCase(Locale.ROOT).startsWith("tif") ? TiffPages.count(content, limit) : 1;
        } catch (IOException e) {
            throw corrupt(e);
        }
    }

    /**
     * Reads a page's size from its header and refuses a page over the pixel limit; nothing is decoded.
     *
     * @return width times height
     */
    long checkedPixels(int index) {
        try {
            long width = reader.getWidth(index);
            long height = reader.getHeight(index);
            if (width <= 0 || height <= 0) {
                throw new DocumentRejectedException(Reason.CORRUPT, "the image has no pixels");
            }
            if (width * height > maxPixels) {
                throw new DocumentRejectedException(Reason.TOO_LARGE, "page " + (index + 1) + " has " + width + "x"
                        + height + " pixels; at most " + maxPixels + " are read");
            }
            return width * height;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRejectedException rejected) {
                throw rejected;
            }
            throw corrupt(e);
        }
    }

    /** Decodes one page (0-based) after checking its pixel count from the header. */
    BufferedImage page(int index) {
        long pixels = checkedPixels(index);
        try {
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.sqrt((double) pixels / WORKING_PIXELS));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return reader.read(index, param);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRejectedException rejected) {
                throw rejected;
            }
            throw corrupt(e);
        }
    }

    private static DocumentRejectedException corrupt(Exception e) {
        return new DocumentRejectedException(Reason.CORRUPT, "the image cannot be decoded: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        reader.dispose();
        try {
            input.close();
        } catch (IOException ignored) {
            // A stream over a byte array has nothing to release.
        }
    }
}
