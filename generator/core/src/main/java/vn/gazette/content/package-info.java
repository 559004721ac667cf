/** The second stage: front matter (SnakeYAML, through config) and Markdown (Flexmark) of each article. */
package vn.gazette.content;
