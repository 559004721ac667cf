package vn.gazette.render;

import java.util.Optional;
import vn.gazette.config.ImageSettings;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.LeadImage;
import vn.gazette.image.ImageStage;
import vn.gazette.image.Picture;
import vn.gazette.site.Article;

/**
 * The view objects of published pictures: an article's lead image (or the site's default image standing in for
 * social cards), and the small image of a card. Immutable and thread-safe.
 */
final class PictureViews {

    /** The lead image is shown across the text column. */
    static final String LEAD_SIZES = "(max-width: 42rem) calc(100vw - 2rem), 40rem";
    /** A card's image is a thumbnail beside (on a phone: above) the card's text. */
    static final String CARD_SIZES = "(max-width: 30rem) calc(100vw - 2rem), (max-width: 48rem) 12rem, 20rem";

    private final SiteConfig config;
    private final ImageStage.Pictures pictures;

    private final Views.ImageView siteDefault;

    PictureViews(SiteConfig config, ImageStage.Pictures pictures) {
        this.config = config;
        this.pictures = pictures;
        ImageSettings settings = config.images();
        this.siteDefault = pictures.siteDefault(settings).map(p -> view(p, settings.defaultImage().get().alt(),
                Optional.empty(), Optional.empty(), LEAD_SIZES, false)).orElse(null);
    }

    /** The article's own image, else the site's default (marked as not the article's own), else null. */
    Views.ImageView lead(Article article) {
        Optional<Picture> picture = pictures.lead(article);
        if (picture.isEmpty()) {
            return siteDefault;
        }
        LeadImage image = article.front().image().orElseThrow();
        return view(picture.get(), image.alt(), image.caption(), image.credit(), LEAD_SIZES, true);
    }

    /** The site's default image, or null: what pages without an image of their own give social networks. */
    Views.ImageView siteDefault() {
        return siteDefault;
    }

    /** The card's image when the site shows images on cards and the article has one; else null. */
    Views.ImageView card(Article article) {
        if (!config.images().cardImages()) {
            return null;
        }
        Optional<Picture> picture = pictures.lead(article);
        return picture.map(p -> view(p, article.front().image().orElseThrow().alt(), Optional.empty(), Optional.empty(),
                CARD_SIZES, true)).orElse(null);
    }

    private Views.ImageView view(Picture picture, String alt, Optional<String> caption, Optional<String> credit,
            String sizes, boolean lead) {
        Picture.Variant shown = picture.atLeast(960);
        return new Views.ImageView(config.link("/" + shown.outputPath()), picture.srcset(p -> config.link("/" + p)),
                sizes, picture.width(), picture.height(), alt, caption.orElse(null), credit.orElse(null),
                config.absoluteUrl("/" + picture.largest().outputPath()), lead);
    }
}
