/** Small text and path rules shared by the stages (slugs, NFC, suggestions); not API, may change. */
package vn.gazette.internal;
