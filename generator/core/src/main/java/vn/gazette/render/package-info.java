/**
 * The fourth stage: themes and FreeMarker templates turn the site model into HTML pages. Every output is an
 * {@link vn.gazette.render.Output} of an {@link vn.gazette.render.OutputKind} (the page kinds are in
 * {@link vn.gazette.render.pages}), keyed by the digest of its input ({@link vn.gazette.render.OutputKeys}).
 */
package vn.gazette.render;
