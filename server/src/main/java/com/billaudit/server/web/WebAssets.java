package com.billaudit.server.web;

import com.billaudit.server.http.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads web files from the class path once and keeps them. A name is one plain file name (no
 * folders, no dots before the extension), so a request can never climb out of its folder.
 */
final class WebAssets {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*\\.[a-z0-9]{1,5}");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8", "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "txt", "text/plain; charset=UTF-8");
    private static final String SWAGGER_UI_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String folder;
    private final Map<String, WebAsset> loaded = new ConcurrentHashMap<>();

    private WebAssets(String folder) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    /** The service's own web files under {@code src/main/resources/web/}. */
    static WebAssets bundled(String folder) {
        return new WebAssets("web/" + folder);
    }

    /** The Swagger UI WebJar, whichever version is on the class path. */
    static WebAssets swaggerUi() {
        Properties pom = new Properties();
        try (InputStream in = resource(SWAGGER_UI_POM)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui WebJar is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WebAssets("META-INF/resources/webjars/swagger-ui/" + pom.getProperty("version"));
    }

    /** The file called {@code name}, or {@link ApiException.NotFound}. */
    WebAsset get(String name) {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            throw new ApiException.NotFound("No file '" + name + "'");
        }
        WebAsset asset = loaded.computeIfAbsent(name, this::load);
        if (asset == null) {
            throw new ApiException.NotFound("No file '" + name + "'");
        }
        return asset;
    }

    private WebAsset load(String name) {
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return null;
        }
        try (InputStream in = resource(folder + name)) {
            return in == null ? null : new WebAsset(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        return WebAssets.class.getClassLoader().getResourceAsStream(path);
    }
}
