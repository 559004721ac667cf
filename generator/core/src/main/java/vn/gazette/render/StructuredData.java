package vn.gazette.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.FrontMatter;
import vn.gazette.site.Article;

/** schema.org data for search engines, as JSON-LD: a {@code NewsArticle} for each article page. Thread-safe. */
public final class StructuredData {

    private final SiteConfig config;

    StructuredData(SiteConfig config) {
        this.config = config;
    }

    /**
     * @param province the article's province as shown ({@link vn.gazette.site.ArticleNames#province}), or null
     * @param image    its lead image (or the site's default), or null
     */
    public String newsArticle(Article article, String province, Views.ImageView image) {
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
            if (image != null) {
                json.writeObjectFieldStart("image");
                json.writeStringField("@type", "ImageObject");
                json.writeStringField("url", image.absoluteUrl());
                json.writeNumberField("width", image.width());
                json.writeNumberField("height", image.height());
                Json.field(json, "caption", image.caption());
                json.writeEndObject();
            }
            json.writeEndObject();
        });
    }

    /** A schema.org {@code Event} for the conference an article reports. */
    public String event(vn.gazette.site.Conferences.Entry entry) {
        vn.gazette.content.Conference c = entry.conference();
        String url = config.absoluteUrl(entry.article().url());
        String province = entry.provinceName().orElse(null);
        return Json.forHtml(json -> {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "Event");
            json.writeStringField("name", entry.article().title());
            Json.field(json, "description", entry.article().front().summary().orElse(null));
            json.writeStringField("url", url);
            json.writeStringField("startDate", c.start().toString());
            json.writeStringField("endDate", c.lastDay().toString());
            json.writeStringField("eventStatus", "https://schema.org/EventScheduled");
            json.writeStringField("eventAttendanceMode", "https://schema.org/" + switch (c.format()) {
                case IN_PERSON -> "OfflineEventAttendanceMode";
                case ONLINE -> "OnlineEventAttendanceMode";
                case HYBRID -> "MixedEventAttendanceMode";
            });
            json.writeStringField("inLanguage", config.languageCode());
            json.writeArrayFieldStart("location");
            if (c.format() != vn.gazette.content.Conference.Format.ONLINE) {
                json.writeStartObject();
                json.writeStringField("@type", "Place");
                List<String> places = c.locations();
                Json.field(json, "name", places.isEmpty() ? province : String.join(", ", places));
                json.writeObjectFieldStart("address");
                json.writeStringField("@type", "PostalAddress");
                Json.field(json, "addressRegion", province);
                json.writeStringField("addressCountry", "VN");
                json.writeEndObject();
                json.writeEndObject();
            }
            if (c.format() != vn.gazette.content.Conference.Format.IN_PERSON) {
                json.writeStartObject();
                json.writeStringField("@type", "VirtualLocation");
                json.writeStringField("url", url);
                json.writeEndObject();
            }
            json.writeEndArray();
            if (c.organizer().isPresent()) {
                json.writeObjectFieldStart("organizer");
                json.writeStringField("@type", "Organization");
                json.writeStringField("name", c.organizer().get());
                json.writeEndObject();
            }
            if (!c.speakers().isEmpty()) {
                json.writeArrayFieldStart("performer");
                for (vn.gazette.content.Speaker speaker : c.speakers()) {
                    json.writeStartObject();
                    json.writeStringField("@type", "Person");
                    json.writeStringField("name", speaker.name());
                    Json.field(json, "jobTitle", speaker.role().orElse(null));
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            if (!c.topics().isEmpty()) {
                writeStrings(json, "keywords", c.topics());
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
