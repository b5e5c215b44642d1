package org.fonti.http;

import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;
import java.util.Map;

/**
 * The web workbench: the static files under {@code /public} on the classpath, served at {@code /}.
 * API routes take precedence; a path that is neither a route nor a file still gets the API's JSON 404.
 */
final class WorkbenchFiles {

    /**
     * The workbench builds its DOM from text nodes only, so nothing from an article can become markup; the policy
     * is a second wall: only the workbench's own scripts and styles run, never inline code or other origins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private WorkbenchFiles() {
    }

    static void configure(StaticFileConfig files) {
        files.hostedPath = "/";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
        // no-cache: a browser revalidates, so a new build's scripts are never mixed with an old page.
        files.headers = Map.of(
                "Cache-Control", "no-cache",
                "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer");
    }
}
