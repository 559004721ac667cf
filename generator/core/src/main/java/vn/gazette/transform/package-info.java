/** The fifth stage: HTML post-processing with jsoup (sanitising article bodies, checking links). */
package vn.gazette.transform;
