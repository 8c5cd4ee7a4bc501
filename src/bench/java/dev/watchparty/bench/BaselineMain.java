package dev.watchparty.bench;

import dev.watchparty.discord.FixedGatewaySessionController;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * The test tree's {@code BaselineBot} as a process of its own, for the soak benchmark: bare JDA
 * ({@code createLight}, default intents), the same two commands registered on READY, a constant reply to every slash
 * command, a constant choice for every autocomplete and a constant edit for every button. It reads what our bot reads
 * from the environment: {@code DISCORD_TOKEN}, {@code DISCORD_REST_BASE_URL}, {@code DISCORD_GATEWAY_URL}. Runs until
 * the process is stopped; the shutdown hook closes JDA.
 */
public final class BaselineMain extends ListenerAdapter {

    private BaselineMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String rest = System.getenv("DISCORD_REST_BASE_URL");
        JDA jda = JDABuilder.createLight(System.getenv("DISCORD_TOKEN"))
                .setRestConfig(new RestConfig().setBaseUrl(rest.endsWith("/") ? rest : rest + "/"))
                .setSessionController(new FixedGatewaySessionController(System.getenv("DISCORD_GATEWAY_URL")))
                .addEventListeners(new BaselineMain())
                .build();
        jda.awaitShutdown();
    }

    @Override
    public void onReady(ReadyEvent event) {
        event.getJDA().updateCommands()
                .addCommands(Commands.slash("ping", "Answers at once"),
                        Commands.slash("character", "Looks up a character")
                                .addOption(OptionType.STRING, "name", "Who", true, true))
                .queue();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        event.reply("baseline reply").queue();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        event.replyChoice("baseline choice", "baseline choice").queue();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        event.editMessage("baseline edit").queue();
    }
}
