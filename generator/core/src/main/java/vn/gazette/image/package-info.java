/**
 * The image stage, between site and render: reads every raster image an article publishes, refuses hostile or
 * broken files before decoding them, and publishes resized variants with the orientation applied and every byte of
 * metadata left out, cached by the source's bytes. The image libraries (TwelveMonkeys ImageIO, metadata-extractor)
 * are used here and nowhere else.
 */
package vn.gazette.image;
