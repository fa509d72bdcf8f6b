/**
 * {@code merlab serve}: model bundles over HTTP with a page to try them ({@link org.merlab.serve.Server}, Javalin on
 * Jetty). A stage on top of the pipeline, beside {@code cli}: it loads bundles ({@link org.merlab.serve.Models}),
 * streams each upload to a private temporary file ({@code Uploads}), runs audio predictions on a fixed set of workers
 * that each own a copy of every audio network, behind a bounded queue ({@code WorkQueue}), text predictions on the
 * request's thread with each text model's own locked copy, and answers JSON, errors included.
 * The page ({@code index.html}, {@code app.js} beside this package's classes) is plain HTML and JavaScript that calls
 * the same API.
 *
 * <pre>{@code
 * try (Server server = Server.start(Models.load(Path.of("models")), ServeOptions.defaults())) {
 *     System.out.println(server.uri());   // http://127.0.0.1:8080/
 * }
 * }</pre>
 */
package org.merlab.serve;
