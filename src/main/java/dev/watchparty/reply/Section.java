package dev.watchparty.reply;

import java.util.List;

/** A headed run of blocks (rendered items) that a page layout may split between fields, never inside a block. */
public record Section(String heading, List<String> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
        for (String block : blocks) {
            DiscordLimits.require(block, DiscordLimits.FIELD_VALUE, "block");
        }
    }
}
