/**
 * The search stage: after the pages are cleaned, it turns every published article's text into a sharded static
 * index (syllables folded the way the taxonomies fold them, plus tone-free keys, phrases as syllable pairs) that the
 * theme's search page reads in the browser, loading only the shards a query needs.
 */
package vn.gazette.search;
