/**
 * The search web page ({@link org.ziping.index.web.WebServer}, Javalin, rendered on the server,
 * no JavaScript): search with facets and range filters, one page per report from its stored JSON,
 * an overview chart, exports, and the evidence view of a finding drawn from what was stored at
 * index time. Words come from the one message catalogue of the render module; Chinese by default,
 * English with {@code ?lang=en}.
 */
package org.ziping.index.web;
