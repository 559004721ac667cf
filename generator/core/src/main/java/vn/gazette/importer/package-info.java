/**
 * {@code gazette import}: turns captured portal pages (saved HTML, folders of them, plain-text captures, WARC files)
 * into draft Markdown articles with a {@code source:} record and proposed conference facts. A pipeline of its own
 * that may use every stage (config's YamlReader and ProvinceVocabulary, transform's HtmlCleaner) and that nothing in
 * the core uses; only adapters call {@link vn.gazette.importer.Importer}. Besides the stages' libraries it uses
 * jsoup (reading captured HTML), Flexmark's {@code flexmark-html2md-converter} (HTML to Markdown) and
 * {@code org.netpreserve:jwarc} (reading WARC files); no other package uses jwarc or html2md.
 */
package vn.gazette.importer;
