package dev.watchparty.command;

/** A message command used on {@code target}, by {@code invoker}, in {@code place}: the target's channel. */
public record MessageCommandRequest(String command, TargetMessage target, Invoker invoker, Place place) {}
