package vn.gazette.config;

import java.util.Objects;

/**
 * A provider whose links, written alone on a line, become a click-to-load embed. The built-in ones (YouTube,
 * Facebook video, Google Maps) are known to the transform stage; a site adds its own in site.yaml
 * ({@code embeds:}), as a link prefix and the address of the player, where {@code {id}} stands for what follows the
 * prefix in the link. Immutable.
 *
 * @param name   shown on the button ("Xem trên {name}")
 * @param prefix links starting with this (an https address) are embedded
 * @param player the address loaded into the frame after the reader's click, with {@code {id}}
 */
public record EmbedProvider(String name, String prefix, String player) {
    public EmbedProvider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(player, "player");
    }
}
