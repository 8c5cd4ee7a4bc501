package dev.watchparty.pack;

/** Where a pack's facts come from; every fact names at least one of these by id. */
public record Source(String id, String title, String publisher, String url) {}
