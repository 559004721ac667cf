/** Site settings and the safe YAML reading shared by configuration and front matter (usable from every stage). */
package vn.gazette.config;
