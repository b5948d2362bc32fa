package com.billaudit.server.intake;

import com.billaudit.domain.DocumentText;
import com.billaudit.intake.DocumentReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A development aid ({@code INTAKE_CACHE_DIR}): keeps what intake read from each document on
 * disk, so scoring a set again after a change to extraction skips OCR, which costs seconds a
 * page where extraction costs milliseconds. Keyed by the document's bytes and by the build of
 * the reading code, so a rebuilt OCR module reads every document again.
 */
public final class CachedReads implements DocumentReader {

    private static final System.Logger LOG = System.getLogger(CachedReads.class.getName());

    private final DocumentReader reader;
    private final Path directory;
    private final String readerBuild;
    private final ObjectMapper mapper = new ObjectMapper();

    public CachedReads(DocumentReader reader, Path directory) {
        this.reader = reader;
        this.directory = directory;
        this.readerBuild = buildOf(reader.getClass());
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create INTAKE_CACHE_DIR " + directory, e);
        }
    }

    @Override
    public String sniff(byte[] content) {
        return reader.sniff(content);
    }

    @Override
    public DocumentText read(byte[] content, String mediaType, Duration budget) {
        Path entry = directory.resolve(key(content, mediaType) + ".json");
        if (Files.isRegularFile(entry)) {
            try {
                return mapper.readValue(entry.toFile(), DocumentText.class);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "unreadable intake cache entry " + entry + ", reading the document again", e);
            }
        }
        DocumentText text = reader.read(content, mediaType, budget);
        try {
            Path partial = Files.createTempFile(directory, "entry", ".part");
            mapper.writeValue(partial.toFile(), text);
            Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot keep the intake cache entry " + entry, e);
        }
        return text;
    }

    @Override
    public Optional<BufferedImage> pageImage(byte[] content, String mediaType, int pageNumber) {
        return reader.pageImage(content, mediaType, pageNumber);
    }

    private String key(byte[] content, String mediaType) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(readerBuild.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(mediaType.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(content);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The reading code's build: the names and checksums of the classes in the jar it was loaded
     * from (checksums of contents, so rebuilding unchanged code keeps the cache).
     */
    private static String buildOf(Class<?> type) {
        try {
            Path code = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return code.toString();
            }
            StringBuilder classes = new StringBuilder();
            try (JarFile jar = new JarFile(code.toFile())) {
                jar.stream().filter(entry -> entry.getName().endsWith(".class"))
                        .sorted(Comparator.comparing(JarEntry::getName))
                        .forEach(entry -> classes.append(entry.getName()).append(':').append(entry.getCrc()).append('\n'));
            }
            return classes.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return type.getName();
        }
    }
}
