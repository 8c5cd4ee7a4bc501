package dev.watchparty.spoiler;

import java.util.List;

/**
 * Items rendered for one reader: the blocks to show (each a whole item or a self-contained piece of one, never
 * longer than {@link SpoilerRenderer#MAX_BLOCK}), how many items were hidden, and whether any was revealed.
 */
public record RenderedItems(List<String> blocks, int hidden, boolean revealed) {

    public RenderedItems {
        blocks = List.copyOf(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }
}
