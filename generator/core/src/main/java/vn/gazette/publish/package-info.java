/** The last stage: writes the site into a staging folder and swaps it in only when the build succeeded. */
package vn.gazette.publish;
