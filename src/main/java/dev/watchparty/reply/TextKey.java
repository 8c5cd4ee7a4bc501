package dev.watchparty.reply;

/**
 * One string the bot writes, named by a constant of a feature's enum. The enum's {@link #bundle()} is the base name
 * of its resource bundle under {@code i18n/} (English in {@code <bundle>.properties}, the other languages beside it);
 * the constant's {@link #name()} is its key there. Enums make a misspelt key a compile error, and let one test find
 * every key the code can ask for.
 */
public interface TextKey {

    String name();

    /** The bundle's base name, e.g. {@code trivia} for {@code i18n/trivia.properties}. */
    String bundle();
}
