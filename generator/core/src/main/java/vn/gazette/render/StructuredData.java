package vn.gazette.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.FrontMatter;
import vn.gazette.site.Article;

/** schema.org data for search engines, as JSON-LD: a {@code NewsArticle} for each article page. Thread-safe. */
final class StructuredData {

    private final SiteConfig config;

    StructuredData(SiteConfig config) {
        this.config = config;
    }

    /** @param province the article's province as the vocabulary names it, or null */
    String newsArticle(Article article, String province) {
        FrontMatter front = article.front();
        String url = config.absoluteUrl(article.url());
        return Json.forHtml(json -> {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "NewsArticle");
            json.writeStringField("headline", article.title());
            Json.field(json, "description", front.summary().orElse(null));
            json.writeStringField("datePublished", front.date().isoDateTime());
            json.writeStringField("dateModified", front.lastModified().isoDateTime());
            json.writeStringField("inLanguage", config.languageCode());
            json.writeStringField("url", url);
            json.writeObjectFieldStart("mainEntityOfPage");
            json.writeStringField("@type", "WebPage");
            json.writeStringField("@id", url);
            json.writeEndObject();
            if (front.author().isPresent()) {
                json.writeObjectFieldStart("author");
                json.writeStringField("@type", "Person");
                json.writeStringField("name", front.author().get());
                json.writeEndObject();
            }
            json.writeObjectFieldStart("publisher");
            json.writeStringField("@type", "Organization");
            json.writeStringField("name", config.title());
            json.writeStringField("url", config.baseUrl().toString());
            json.writeEndObject();
            if (province != null) {
                json.writeObjectFieldStart("contentLocation");
                json.writeStringField("@type", "Place");
                json.writeStringField("name", province);
                json.writeEndObject();
            }
            if (!front.tags().isEmpty()) {
                writeStrings(json, "keywords", front.tags());
            }
            json.writeEndObject();
        });
    }

    private static void writeStrings(JsonGenerator json, String name, java.util.List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
