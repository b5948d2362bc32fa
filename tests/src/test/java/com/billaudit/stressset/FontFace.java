package com.billaudit.stressset;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The type faces bills are set in. The same TrueType files are measured by Java2D, drawn into
 * scans and embedded in PDFs, so a column laid out once lines up the same in every format.
 * The files come from {@code STRESS_FONT_DIR}, default the DejaVu fonts of Debian.
 */
enum FontFace {
    SANS("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    SERIF("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    CONDENSED("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    MONO("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf");

    private static final Map<FontFace, Font[]> LOADED = new EnumMap<>(FontFace.class);

    private final String regularFile;
    private final String boldFile;

    FontFace(String regularFile, String boldFile) {
        this.regularFile = regularFile;
        this.boldFile = boldFile;
    }

    Path file(boolean bold) {
        String dir = System.getenv().getOrDefault("STRESS_FONT_DIR", "/usr/share/fonts/truetype/dejavu");
        return Path.of(dir, bold ? boldFile : regularFile);
    }

    /** The Java2D font at 1 pt; callers derive the size they need. */
    synchronized Font awt(boolean bold) {
        Font[] pair = LOADED.computeIfAbsent(this, f -> new Font[]{f.load(false), f.load(true)});
        return pair[bold ? 1 : 0];
    }

    private Font load(boolean bold) {
        Path path = file(bold);
        try (var in = Files.newInputStream(path)) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(1f);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " (set STRESS_FONT_DIR)", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a TrueType font: " + path, e);
        }
    }
}
