/** The third stage: assembles the checked articles into the site model (URLs, order, lists, pagination). */
package vn.gazette.site;
