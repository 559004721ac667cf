/**
 * The last stage: the registry of outputs ({@link vn.gazette.publish.Outputs}), the publisher that makes and writes
 * them ({@link vn.gazette.publish.SitePublisher}) into a staging folder swapped in only when the build succeeded,
 * the manifest and link marker kept in the build cache, and what a running process remembers of what it published.
 */
package vn.gazette.publish;
