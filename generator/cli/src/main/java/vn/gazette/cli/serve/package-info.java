/**
 * {@code gazette serve}: a preview server on the loopback address that rebuilds the site when content, theme or
 * site.yaml change, and tells open pages to reload (or shows the build's problems over the page).
 */
package vn.gazette.cli.serve;
