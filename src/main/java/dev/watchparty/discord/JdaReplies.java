package dev.watchparty.discord;

import dev.watchparty.reply.Button;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.ComponentsV2;
import dev.watchparty.reply.Field;
import dev.watchparty.reply.Modal;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.SelectMenu;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.container.Container;
import net.dv8tion.jda.api.components.container.ContainerChildComponent;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.separator.Separator;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Maps the neutral reply model to JDA messages: classic ones (content, an embed, action rows) or Components V2 ones,
 * whose components the model has already laid out. Every message allows no mention at all.
 */
final class JdaReplies {

    private JdaReplies() {}

    static MessageCreateData create(Reply reply) {
        MessageCreateBuilder message = new MessageCreateBuilder().setAllowedMentions(List.of());
        if (reply.componentsV2()) {
            return message.useComponentsV2().setComponents(components(reply)).build();
        }
        return message.setContent(reply.content())
                .setEmbeds(embeds(reply))
                .setComponents(rows(reply))
                .build();
    }

    /**
     * A page turn or an update: replaces content, embed and components, so none of the old page is left. A V2 edit
     * sends the flag and its components only (content and embeds cannot stand beside them), so the message stays
     * V2; a classic edit sends no flags, which leaves a classic message classic. {@code ofClassicMessage}: the
     * message edited is a classic one, whose content and embeds a V2 edit must clear for Discord to take it.
     */
    static MessageEditData edit(Reply reply, boolean ofClassicMessage) {
        MessageEditBuilder message = new MessageEditBuilder().setAllowedMentions(List.of());
        if (reply.componentsV2()) {
            if (ofClassicMessage) {
                message.setContent(null).setEmbeds(List.of());
            }
            return message.useComponentsV2().setComponents(components(reply)).build();
        }
        return message.setContent(reply.content() == null ? "" : reply.content())
                .setEmbeds(embeds(reply))
                .setComponents(rows(reply))
                .build();
    }

    private static List<MessageEmbed> embeds(Reply reply) {
        return reply.optionalCard().map(JdaReplies::embed).map(List::of).orElse(List.of());
    }

    private static MessageEmbed embed(Card card) {
        EmbedBuilder embed = new EmbedBuilder().setTitle(card.title()).setDescription(card.description());
        for (Field field : card.fields()) {
            embed.addField(field.name(), field.value(), field.inline());
        }
        if (card.footer() != null) {
            embed.setFooter(card.footer());
        }
        if (card.color() != null) {
            embed.setColor(card.color());
        }
        return embed.build();
    }

    private static List<ActionRow> rows(Reply reply) {
        List<ActionRow> rows = new ArrayList<>();
        if (!reply.buttons().isEmpty()) {
            rows.addAll(ActionRow.partitionOf(
                    reply.buttons().stream().map(JdaReplies::button).toList()));
        }
        reply.optionalMenu().ifPresent(menu -> rows.add(ActionRow.of(selectMenu(menu))));
        return rows;
    }

    /** The model lays a V2 reply out as its content's text above the container that holds everything else. */
    private static List<MessageTopLevelComponent> components(Reply reply) {
        return reply.components().stream()
                .<MessageTopLevelComponent>map(part -> switch (part) {
                    case ComponentsV2.Text text -> TextDisplay.of(text.markdown());
                    case ComponentsV2.Container container ->
                        Container.of(container.parts().stream()
                                        .map(JdaReplies::inContainer)
                                        .toList())
                                .withAccentColor(container.accentColor())
                                .withSpoiler(container.spoiler());
                    default -> throw new IllegalArgumentException("laid out inside the container: " + part);
                })
                .toList();
    }

    private static ContainerChildComponent inContainer(ComponentsV2.Part part) {
        return switch (part) {
            case ComponentsV2.Text text -> TextDisplay.of(text.markdown());
            case ComponentsV2.Divider divider -> Separator.createDivider(Separator.Spacing.SMALL);
            case ComponentsV2.ButtonRow row ->
                ActionRow.of(row.buttons().stream().map(JdaReplies::button).toList());
            case ComponentsV2.MenuRow row -> ActionRow.of(selectMenu(row.menu()));
            case ComponentsV2.Container container ->
                throw new IllegalArgumentException("Discord does not nest containers");
        };
    }

    private static net.dv8tion.jda.api.components.buttons.Button button(Button button) {
        ButtonStyle style = switch (button.style()) {
            case PRIMARY -> ButtonStyle.PRIMARY;
            case SECONDARY -> ButtonStyle.SECONDARY;
            case SUCCESS -> ButtonStyle.SUCCESS;
            case DANGER -> ButtonStyle.DANGER;
        };
        return net.dv8tion.jda.api.components.buttons.Button.of(style, button.customId(), button.label())
                .withDisabled(button.disabled());
    }

    /** Each text input under its own label, one line, required. */
    static net.dv8tion.jda.api.modals.Modal modal(Modal modal) {
        return net.dv8tion.jda.api.modals.Modal.create(modal.customId(), modal.title())
                .addComponents(modal.inputs().stream()
                        .map(input -> Label.of(
                                input.label(),
                                TextInput.create(input.id(), TextInputStyle.SHORT)
                                        .setPlaceholder(input.placeholder())
                                        .setRequired(true)
                                        .setMaxLength(input.maxLength())
                                        .build()))
                        .toList())
                .build();
    }

    private static StringSelectMenu selectMenu(SelectMenu menu) {
        StringSelectMenu.Builder builder = StringSelectMenu.create(menu.customId());
        if (menu.placeholder() != null) {
            builder.setPlaceholder(menu.placeholder());
        }
        for (SelectMenu.Option option : menu.options()) {
            builder.addOption(option.label(), option.value());
        }
        builder.setDefaultValues(menu.options().stream()
                .filter(SelectMenu.Option::byDefault)
                .map(SelectMenu.Option::value)
                .toList());
        return builder.build();
    }
}
