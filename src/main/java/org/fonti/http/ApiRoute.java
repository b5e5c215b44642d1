package org.fonti.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One route of the API; the table of these is what the server registers and what openapi.json must describe. */
public record ApiRoute(HandlerType method, String path, Handler handler) {
}
