/** The first stage: finds the files of a content folder and reads them as strict, normalised UTF-8. */
package vn.gazette.source;
