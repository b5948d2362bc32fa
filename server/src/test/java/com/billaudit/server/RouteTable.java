package com.billaudit.server;

import io.helidon.http.Method;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpFeature;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpSecurity;
import io.helidon.webserver.http.HttpService;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The routes {@link Main#routing} declares, as "METHOD /path/{param}": Main's route table is run
 * against this recorder instead of a real routing, so a test sees exactly what the server serves.
 * Routes without a path (the catch-all 404) are not listed.
 */
final class RouteTable {
    private final Set<String> routes = new TreeSet<>();

    static Set<String> of(Components components) {
        RouteTable table = new RouteTable();
        Main.routing(table.new Recorder(""), components);
        return table.routes;
    }

    private static String join(String prefix, String path) {
        String joined = (prefix + (path.equals("/") ? "" : path)).replaceAll("/+", "/");
        return joined.isEmpty() ? "/" : joined;
    }

    /** Records verb routes; services registered under a prefix are walked with that prefix. */
    private final class Recorder implements HttpRouting.Builder {
        private final String prefix;

        Recorder(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public HttpRouting.Builder route(Method method, String path, Handler handler) {
            routes.add(method.text() + " " + join(prefix, path));
            return this;
        }

        @Override
        public HttpRouting.Builder register(HttpService... services) {
            return register("/", services);
        }

        @Override
        public HttpRouting.Builder register(String path, HttpService... services) {
            for (HttpService service : services) {
                service.routing((HttpRules) new Recorder(join(prefix, path)));
            }
            return this;
        }

        @Override
        public HttpRouting.Builder route(HttpRoute route) {
            return this; // path-less routes (any): the catch-all
        }

        @Override
        public HttpRouting.Builder addFilter(Filter filter) {
            return this;
        }

        @Override
        public HttpRouting.Builder addFeature(Supplier<? extends HttpFeature> feature) {
            return this;
        }

        @Override
        public <T extends Throwable> HttpRouting.Builder error(Class<T> type, ErrorHandler<? super T> handler) {
            return this;
        }

        @Override
        public HttpRouting.Builder maxReRouteCount(int count) {
            return this;
        }

        @Override
        public HttpRouting.Builder security(HttpSecurity security) {
            return this;
        }

        @Override
        public HttpRouting.Builder copy() {
            return this;
        }

        @Override
        public HttpRouting build() {
            throw new UnsupportedOperationException("a recorder builds nothing");
        }
    }
}
