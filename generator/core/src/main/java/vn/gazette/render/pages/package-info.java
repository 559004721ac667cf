/** The page kinds and data files of a site, one class each, listed in the registry of outputs (vn.gazette.publish.Outputs). */
package vn.gazette.render.pages;
