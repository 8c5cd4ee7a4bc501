package dev.watchparty.character;

import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.ComponentId;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.Paged;
import dev.watchparty.command.Readers;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.command.Suggestions;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.Character;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.Echo;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ReadingContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /character name:<suggested> [reveal]}: a character's bio. Public by default, at the channel's level;
 * with {@code reveal}, only the requester sees it, later facts included under spoiler tags.
 */
public final class CharacterCommand implements SlashCommand {

    public static final String NAME = "character";
    private static final String PAGE = "page";
    /** Fewer letters than this match too many names for a guess to be what the reader meant. */
    private static final int MIN_LETTERS_TO_GUESS = 2;

    private static final int MAX_DID_YOU_MEAN = 3;

    private final Readers readers;

    public CharacterCommand(Readers readers) {
        this.readers = readers;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withOptions(
                NAME,
                "A character's bio, without spoilers past what you've watched",
                readers.withShowOption(
                        OptionSpec.suggested("name", "The character's name", true),
                        OptionSpec.flag(
                                "reveal",
                                "Also show, only to you and under spoiler tags, what you have not watched yet")));
    }

    @Override
    public Reply execute(CommandRequest request) {
        Catalog catalog = readers.catalogFor(request);
        Progress requester = readers.progressOf(request.invoker(), catalog);
        Character character = find(catalog, request.requiredText("name"), requester);
        boolean reveal = request.flag("reveal");
        ReadingContext reader =
                readers.readerFor(requester, request.invoker().locale(), request.place(), catalog, reveal);
        return Readers.whyPrivate(reader, character.introducedAt(), CharacterText.FIRST_APPEARS_IN)
                .map(why -> page(
                        catalog,
                        character,
                        ReadingContext.ephemeral(requester, request.invoker().locale()),
                        false,
                        0,
                        why))
                .orElseGet(() -> page(catalog, character, reader, reveal, 0, null));
    }

    /**
     * What was typed in full (a name, an alias, an id) finds that character: it is the reader's own words. A
     * fragment or a typo only finds characters the reader has already met, so a guess never names a later one. A
     * single letter, or no letter at all, is too little to guess from: it finds nobody, and the met characters
     * whose names start with that letter are offered instead.
     */
    private static Character find(Catalog catalog, String typed, Progress requester) {
        Optional<Character> named = catalog.characterNamed(typed);
        if (named.isPresent()) {
            return named.get();
        }
        List<Character> met = catalog.searchCharacters(typed).stream()
                .filter(character -> !character.introducedAt().isAbove(requester.watchedThrough()))
                .toList();
        long letters = typed.codePoints().filter(java.lang.Character::isLetter).count();
        if (letters >= MIN_LETTERS_TO_GUESS && !met.isEmpty()) {
            return met.get(0);
        }
        String didYouMean = letters == 1
                ? met.stream()
                        .filter(character -> startsAWord(character.name(), typed.strip()))
                        .limit(MAX_DID_YOU_MEAN)
                        .map(character -> Markdown.escape(character.name()))
                        .collect(Collectors.joining(", "))
                : "";
        throw didYouMean.isEmpty()
                ? new UserInputException(
                        CharacterText.NOT_FOUND,
                        Echo.quote(typed),
                        catalog.show().title())
                : new UserInputException(
                        CharacterText.NOT_FOUND_DID_YOU_MEAN,
                        Echo.quote(typed),
                        catalog.show().title(),
                        didYouMean);
    }

    private static boolean startsAWord(String name, String letter) {
        return Arrays.stream(name.split("\\s+"))
                .anyMatch(word -> word.regionMatches(true, 0, letter, 0, letter.length()));
    }

    /** One page of the bio; a reveal is part of the page button's id, so every page of it reveals alike. */
    private Reply page(
            Catalog catalog, Character character, ReadingContext reader, boolean reveal, int page, String content) {
        List<Card> cards = CharacterBio.render(catalog, character, reveal ? reader.revealingAll() : reader);
        ComponentId pages = ComponentId.of(
                NAME,
                PAGE,
                catalog.show().id(),
                character.id(),
                reader.requester().watchedThrough().toString(),
                reveal ? "1" : "0");
        return Paged.page(reader.language(), cards, page, pages, reader.onlyRequester(), content);
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        Catalog catalog = readers.catalogFor(request);
        return Suggestions.characters(catalog, request.typed(), readers.progressOf(request.invoker(), catalog));
    }

    @Override
    public ComponentResponse onComponent(ComponentRequest request) {
        ComponentId id = request.id();
        if (!id.is(PAGE, 5)) {
            throw UserInputException.staleComponent();
        }
        Catalog catalog = readers.catalogFor(id.argument(0));
        Character character =
                catalog.character(id.argument(1)).orElseThrow(() -> new UserInputException(CharacterText.GONE));
        Progress requester =
                Progress.through(SpoilerLevel.tryParse(id.argument(2)).orElseThrow(UserInputException::staleComponent));
        boolean reveal = id.argument(3).equals("1");
        ReadingContext reader =
                readers.readerFor(requester, request.invoker().locale(), request.place(), catalog, reveal);
        return ComponentResponse.update(page(catalog, character, reader, reveal, Paged.pageNumber(id), null));
    }
}
