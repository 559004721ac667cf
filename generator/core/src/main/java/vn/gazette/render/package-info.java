/** The fourth stage: themes and FreeMarker templates turn the site model into HTML pages. */
package vn.gazette.render;
