package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's REST API v10 as far as JDA uses it to log in, register commands, answer interactions, post messages and
 * plan server events ({@link ScheduledEvents}), on the JDK's HTTP server. Every request is recorded; faults armed by a test replace the normal answers.
 */
final class FakeRest implements AutoCloseable {

    static final String API_PREFIX = "/api/v10";

    private static final Logger log = LoggerFactory.getLogger(FakeRest.class);
    /** Interaction callback types (Discord's "interaction callback type"). */
    private static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;

    private static final int DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5;
    private static final int DEFERRED_UPDATE_MESSAGE = 6;
    private static final int UPDATE_MESSAGE = 7;
    private static final int APPLICATION_COMMAND_AUTOCOMPLETE_RESULT = 8;
    private static final int MODAL = 9;

    static {
        // the JDK server leaves Nagle on unless told; small answers would then wait for the client's delayed ACK
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** A route: method, path pattern below {@link #API_PREFIX}, whether it needs the bot token, and its handler. */
    private record Route(String method, Pattern path, boolean authorized, Handler handler) {}

    @FunctionalInterface
    private interface Handler {
        RestReply handle(Incoming request, Matcher path);
    }

    /** A request as read, before it is answered; {@code api} is whether it was under {@link #API_PREFIX}. */
    private record Incoming(
            String method,
            String path,
            String query,
            Map<String, List<String>> headers,
            byte[] body,
            long receivedAtNanos,
            boolean api) {

        JsonNode json() {
            return record(0).json();
        }

        String header(String name) {
            return headers.getOrDefault(name, List.of("")).get(0);
        }

        boolean queryFlag(String name) {
            return List.of(query.split("&")).contains(name + "=true");
        }

        /** The query's parameters by name; the last wins where one repeats. */
        Map<String, String> queryParameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(
                            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return parameters;
        }

        RecordedRequest record(int status) {
            return new RecordedRequest(method, path, query, headers, body, receivedAtNanos, status);
        }
    }

    private record ArmedFault(Fault fault, AtomicInteger remaining) {}

    private final String token;
    private final Payloads payloads;
    private final MessageStore messages;
    private final ScheduledEvents scheduledEvents;
    private final Attachments attachments;
    private final CommandRegistry commands;
    private final Interactions interactions;
    private final Supplier<String> gatewayUrl;
    private final int shards;
    private final List<Route> routes = new ArrayList<>();
    private final List<ArmedFault> faults = new CopyOnWriteArrayList<>();
    private final Object answering = new Object();
    private int inFlight; // guarded by answering
    private final Recorder<RecordedRequest> requests = new Recorder<>();
    private final Recorder<RecordedRequest> channelMessages = new Recorder<>();
    private final HttpServer server;
    private final ExecutorService executor;

    FakeRest(
            String token,
            Payloads payloads,
            MessageStore messages,
            ScheduledEvents scheduledEvents,
            CommandRegistry commands,
            Interactions interactions,
            Supplier<String> gatewayUrl,
            int shards,
            Attachments attachments)
            throws IOException {
        this.token = token;
        this.payloads = payloads;
        this.messages = messages;
        this.scheduledEvents = scheduledEvents;
        this.attachments = attachments;
        this.commands = commands;
        this.interactions = interactions;
        this.gatewayUrl = gatewayUrl;
        this.shards = shards;
        defineRoutes();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // one thread per request: a delayed or slow answer never holds up the others, as on Discord
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-discord-rest");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    /** What JDA's {@code RestConfig.setBaseUrl} takes: scheme, host, port and {@code /api/v10/}. */
    String baseUrl() {
        return origin() + API_PREFIX + "/";
    }

    /** Scheme, host and port: where attachments are served too, as from Discord's CDN. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Recorder<RecordedRequest> requests() {
        return requests;
    }

    Recorder<RecordedRequest> channelMessages() {
        return channelMessages;
    }

    void arm(Fault fault) {
        faults.add(new ArmedFault(fault, new AtomicInteger(fault.times())));
    }

    /**
     * Lets the requests being answered finish (for up to a second), so a bot that is still shutting down never sees
     * an answer cut off; the JDK server's own grace period would always wait it out in full.
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        synchronized (answering) {
            while (inFlight > 0 && System.nanoTime() < deadline) {
                try {
                    answering.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- routes

    private void defineRoutes() {
        String snowflake = "(\\d+)";
        String token = "([^/]+)";
        route("GET", "/users/@me", true, (request, path) -> RestReply.ok(payloads.botUser()));
        route(
                "GET",
                "/gateway",
                false,
                (request, path) -> RestReply.ok(Json.object().put("url", gatewayUrl.get())));
        route("GET", "/gateway/bot", true, (request, path) -> gatewayBot());
        route("GET", "/oauth2/applications/@me", true, (request, path) -> RestReply.ok(payloads.application()));
        route(
                "GET",
                "/applications/" + snowflake + "/commands",
                true,
                (request, path) -> ownApplication(path, () -> RestReply.ok(commands.list(0))));
        route(
                "PUT",
                "/applications/" + snowflake + "/commands",
                true,
                (request, path) -> ownApplication(path, () -> RestReply.ok(commands.overwrite(0, request.json()))));
        route(
                "GET",
                "/applications/" + snowflake + "/guilds/" + snowflake + "/commands",
                true,
                (request, path) -> ownApplication(path, () -> RestReply.ok(commands.list(guildOf(path)))));
        route(
                "PUT",
                "/applications/" + snowflake + "/guilds/" + snowflake + "/commands",
                true,
                (request, path) ->
                        ownApplication(path, () -> RestReply.ok(commands.overwrite(guildOf(path), request.json()))));
        route("POST", "/interactions/" + snowflake + "/" + token + "/callback", false, this::callback);
        route("GET", "/webhooks/" + snowflake + "/" + token + "/messages/@original", false, this::getOriginal);
        route("PATCH", "/webhooks/" + snowflake + "/" + token + "/messages/@original", false, this::editOriginal);
        route("DELETE", "/webhooks/" + snowflake + "/" + token + "/messages/@original", false, this::deleteOriginal);
        route("POST", "/webhooks/" + snowflake + "/" + token, false, this::followup);
        route(
                "GET",
                "/webhooks/" + snowflake + "/" + token + "/messages/" + snowflake,
                false,
                (request, path) -> webhook(path, interaction -> message(Long.parseUnsignedLong(path.group(3)))));
        route(
                "PATCH",
                "/webhooks/" + snowflake + "/" + token + "/messages/" + snowflake,
                false,
                (request, path) ->
                        webhook(path, interaction -> editMessage(Long.parseUnsignedLong(path.group(3)), request)));
        route(
                "DELETE",
                "/webhooks/" + snowflake + "/" + token + "/messages/" + snowflake,
                false,
                (request, path) -> webhook(path, interaction -> deleteMessage(Long.parseUnsignedLong(path.group(3)))));
        route("POST", "/channels/" + snowflake + "/messages", true, this::createChannelMessage);
        route(
                "GET",
                "/channels/" + snowflake + "/messages/" + snowflake,
                true,
                (request, path) -> message(Long.parseUnsignedLong(path.group(2))));
        route(
                "PATCH",
                "/channels/" + snowflake + "/messages/" + snowflake,
                true,
                (request, path) -> editMessage(Long.parseUnsignedLong(path.group(2)), request));
        route(
                "DELETE",
                "/channels/" + snowflake + "/messages/" + snowflake,
                true,
                (request, path) -> deleteChannelMessage(
                        Long.parseUnsignedLong(path.group(1)), Long.parseUnsignedLong(path.group(2))));
        route(
                "POST",
                "/guilds/" + snowflake + "/scheduled-events",
                true,
                (request, path) -> scheduledEvents.create(Long.parseUnsignedLong(path.group(1)), request.json()));
        route(
                "GET",
                "/guilds/" + snowflake + "/scheduled-events/" + snowflake,
                true,
                (request, path) -> scheduledEvents.get(
                        Long.parseUnsignedLong(path.group(1)),
                        Long.parseUnsignedLong(path.group(2)),
                        request.queryFlag("with_user_count")));
        route(
                "GET",
                "/guilds/" + snowflake + "/scheduled-events/" + snowflake + "/users",
                true,
                (request, path) -> scheduledEvents.users(
                        Long.parseUnsignedLong(path.group(1)),
                        Long.parseUnsignedLong(path.group(2)),
                        request.queryParameters()));
    }

    private void route(String method, String pathRegex, boolean authorized, Handler handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), authorized, handler));
    }

    /**
     * The fake's shard total as the recommended number of shards. {@code max_concurrency} is that total too: every
     * shard is in a rate-limit bucket of its own, so a shard manager may identify them all at once instead of one
     * every 5 s (a large bot's allowance; with one shard it is 1, as for every small bot).
     */
    private RestReply gatewayBot() {
        ObjectNode body = Json.object();
        body.put("url", gatewayUrl.get());
        body.put("shards", shards);
        body.putObject("session_start_limit")
                .put("total", 1000)
                .put("remaining", 999)
                .put("reset_after", 14_400_000)
                .put("max_concurrency", shards);
        return RestReply.ok(body);
    }

    private RestReply ownApplication(Matcher path, Supplier<RestReply> then) {
        if (Long.parseUnsignedLong(path.group(1)) != payloads.applicationId()) {
            return RestReply.error(404, 10002, "Unknown Application");
        }
        return then.get();
    }

    private static long guildOf(Matcher path) {
        return Long.parseUnsignedLong(path.group(2));
    }

    // ---- interactions

    private RestReply callback(Incoming request, Matcher path) {
        Optional<Interaction> found = interactions
                .byId(Long.parseUnsignedLong(path.group(1)))
                .filter(interaction -> interaction.token().equals(path.group(2)));
        if (found.isEmpty()) {
            return RestReply.error(404, 10062, "Unknown interaction");
        }
        Interaction interaction = found.get();
        JsonNode body = request.json();
        int type = body.path("type").asInt(-1);
        if (!allowedCallback(interaction.type(), type)) {
            return invalidForm(
                    "type",
                    "INTERACTION_RESPONSE_TYPE_INVALID",
                    "Callback type " + type + " is not valid for interaction type " + interaction.type());
        }
        JsonNode data = body.path("data");
        List<MessageRules.Violation> refused = callbackProblems(interaction, type, data);
        if (!refused.isEmpty()) {
            return refusal(refused);
        }
        if (!interaction.acknowledge()) {
            return RestReply.error(400, 40060, "Interaction has already been acknowledged.");
        }
        ObjectNode resource = Json.object().put("type", type);
        switch (type) {
            case CHANNEL_MESSAGE_WITH_SOURCE -> {
                int messageType = interaction.type() == Interaction.MESSAGE_COMPONENT
                        ? MessageStore.DEFAULT
                        : MessageStore.CHAT_INPUT_COMMAND;
                ObjectNode message = messages.create(interaction.channelId(), messageType, data, true);
                interaction.originalMessageId(idOf(message));
                resource.set("message", message);
            }
            case DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE -> {
                // the "thinking..." placeholder that a later PATCH @original turns into the answer
                ObjectNode placeholder =
                        Json.object().put("flags", data.path("flags").asInt(0) | MessageStore.LOADING);
                ObjectNode message =
                        messages.create(interaction.channelId(), MessageStore.CHAT_INPUT_COMMAND, placeholder, true);
                interaction.originalMessageId(idOf(message));
            }
            case UPDATE_MESSAGE -> {
                // the message the component is on
                OptionalLong original = interaction.originalMessageId();
                if (original.isPresent()) {
                    messages.edit(original.getAsLong(), data).ifPresent(message -> resource.set("message", message));
                }
            }
            default -> {
                // DEFERRED_UPDATE_MESSAGE, autocomplete choices and modals create nothing to show
            }
        }
        if (!request.queryFlag("with_response")) {
            return RestReply.noContent().then(interaction::recordCallback);
        }
        ObjectNode response = Json.object();
        ObjectNode about = response.putObject("interaction");
        about.put("id", Json.id(interaction.id()));
        about.put("type", interaction.type());
        interaction.originalMessageId().ifPresent(id -> {
            about.put("response_message_id", Json.id(id));
            about.put("response_message_loading", type == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE);
            about.put("response_message_ephemeral", (data.path("flags").asInt(0) & MessageStore.EPHEMERAL) != 0);
        });
        response.set("resource", resource);
        return RestReply.ok(response).then(interaction::recordCallback);
    }

    /** What Discord refuses in a callback's message: a new one (type 4) or the clicked one updated (type 7). */
    private List<MessageRules.Violation> callbackProblems(Interaction interaction, int type, JsonNode data) {
        return switch (type) {
            case CHANNEL_MESSAGE_WITH_SOURCE -> MessageRules.ofNew(data);
            case UPDATE_MESSAGE ->
                interaction.originalMessageId().stream()
                        .mapToObj(messages::get)
                        .flatMap(Optional::stream)
                        .findFirst()
                        .map(stored -> MessageRules.ofEdit(stored, data))
                        .orElse(List.of());
            default -> List.of();
        };
    }

    private static boolean allowedCallback(int interactionType, int callbackType) {
        return switch (interactionType) {
            case Interaction.APPLICATION_COMMAND ->
                callbackType == CHANNEL_MESSAGE_WITH_SOURCE
                        || callbackType == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
                        || callbackType == MODAL;
            case Interaction.MESSAGE_COMPONENT ->
                callbackType == CHANNEL_MESSAGE_WITH_SOURCE
                        || callbackType == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
                        || callbackType == DEFERRED_UPDATE_MESSAGE
                        || callbackType == UPDATE_MESSAGE
                        || callbackType == MODAL;
            case Interaction.APPLICATION_COMMAND_AUTOCOMPLETE ->
                callbackType == APPLICATION_COMMAND_AUTOCOMPLETE_RESULT;
            // a modal shown for a command (not a component) has no message to update, and cannot answer with one
            case Interaction.MODAL_SUBMIT ->
                callbackType == CHANNEL_MESSAGE_WITH_SOURCE || callbackType == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE;
            default -> false;
        };
    }

    private RestReply getOriginal(Incoming request, Matcher path) {
        return webhook(
                path,
                interaction -> interaction.originalMessageId().isPresent()
                        ? message(interaction.originalMessageId().getAsLong())
                        : unknownMessage());
    }

    private RestReply editOriginal(Incoming request, Matcher path) {
        return webhook(path, interaction -> {
            if (interaction.originalMessageId().isEmpty()) {
                return unknownMessage();
            }
            return editMessage(interaction.originalMessageId().getAsLong(), request)
                    .then(interaction::recordOriginalEdit);
        });
    }

    private RestReply deleteOriginal(Incoming request, Matcher path) {
        return webhook(
                path,
                interaction -> interaction.originalMessageId().isPresent()
                        ? deleteMessage(interaction.originalMessageId().getAsLong())
                        : unknownMessage());
    }

    private RestReply followup(Incoming request, Matcher path) {
        return webhook(path, interaction -> {
            if (!interaction.isAcknowledged()) {
                return RestReply.error(404, 10015, "Unknown Webhook"); // Discord takes follow-ups only after a callback
            }
            List<MessageRules.Violation> refused = MessageRules.ofNew(request.json());
            if (!refused.isEmpty()) {
                return refusal(refused);
            }
            ObjectNode message = messages.create(interaction.channelId(), MessageStore.DEFAULT, request.json(), true);
            return RestReply.ok(message).then(interaction::recordFollowup);
        });
    }

    /** The interaction webhook ({@code /webhooks/{application}/{token}}): the token is the interaction's. */
    private RestReply webhook(Matcher path, Function<Interaction, RestReply> then) {
        if (Long.parseUnsignedLong(path.group(1)) != payloads.applicationId()) {
            return RestReply.error(404, 10015, "Unknown Webhook");
        }
        return interactions
                .byToken(path.group(2))
                .map(then)
                .orElseGet(() -> RestReply.error(404, 10015, "Unknown Webhook"));
    }

    // ---- messages

    /** A message posted in a channel; files sent with it (multipart) are kept and served like a member's. */
    private RestReply createChannelMessage(Incoming request, Matcher path) {
        ObjectNode body = request.json().deepCopy();
        List<MessageRules.Violation> refused = MessageRules.ofNew(body);
        if (!refused.isEmpty()) {
            return refusal(refused);
        }
        int type = body.has("message_reference") ? MessageStore.REPLY : MessageStore.DEFAULT;
        List<Multipart.Part> files = Multipart.files(request.header("content-type"), request.body());
        ObjectNode message = messages.create(Long.parseUnsignedLong(path.group(1)), type, body, false);
        if (!files.isEmpty()) {
            var uploaded = message.putArray("attachments");
            files.forEach(
                    file -> uploaded.add(Attachments.json(attachments.add(file.filename(), file.bytes()), origin())));
            messages.put(message);
        }
        return RestReply.ok(message).then(channelMessages::add);
    }

    /**
     * Deletes a message in a server channel as Discord decides it: the bot's own always, another's only with Manage
     * Messages there (else 403, Missing Permissions).
     */
    private RestReply deleteChannelMessage(long channelId, long messageId) {
        Optional<ObjectNode> message = messages.get(messageId);
        if (message.isEmpty()) {
            return unknownMessage();
        }
        boolean own = message.get().path("author").path("id").asText().equals(Json.id(payloads.botUserId()));
        boolean manages = payloads.guildOfChannel(channelId)
                .map(guild -> (payloads.botPermissions(guild) & Permissions.MANAGE_MESSAGES) != 0)
                .orElse(false);
        if (!own && !manages) {
            return RestReply.error(403, 50013, "Missing Permissions");
        }
        return deleteMessage(messageId);
    }

    /** A file as Discord's CDN serves it: the bytes, to anyone with the link. */
    private RestReply attachment(Incoming request) {
        String[] parts = request.path().substring(Attachments.PATH.length()).split("/", 2);
        try {
            return attachments
                    .get(Long.parseUnsignedLong(parts[0]))
                    .filter(file -> parts.length == 2 && file.filename().equals(parts[1]))
                    .map(file -> RestReply.file(file.bytes()))
                    .orElseGet(RestReply::notFound);
        } catch (NumberFormatException e) {
            return RestReply.notFound();
        }
    }

    private RestReply message(long id) {
        return messages.get(id).map(RestReply::ok).orElseGet(FakeRest::unknownMessage);
    }

    private RestReply editMessage(long id, Incoming request) {
        Optional<ObjectNode> stored = messages.get(id);
        if (stored.isEmpty()) {
            return unknownMessage();
        }
        List<MessageRules.Violation> refused = MessageRules.ofEdit(stored.get(), request.json());
        if (!refused.isEmpty()) {
            return refusal(refused);
        }
        return messages.edit(id, request.json()).map(RestReply::ok).orElseGet(FakeRest::unknownMessage);
    }

    private RestReply deleteMessage(long id) {
        return messages.delete(id) ? RestReply.noContent() : unknownMessage();
    }

    private static RestReply unknownMessage() {
        return RestReply.error(404, 10008, "Unknown Message");
    }

    private static long idOf(JsonNode message) {
        return Long.parseUnsignedLong(message.get("id").asText());
    }

    private static RestReply invalidForm(String field, String code, String message) {
        return refusal(List.of(new MessageRules.Violation(field, code, message)));
    }

    /**
     * Discord's 400 for a body it will not take: {@code Invalid Form Body} (50035), each problem under its field's
     * path, e.g. {@code {"errors": {"components": {"0": {"type": {"_errors": [{"code": …, "message": …}]}}}}}}.
     */
    private static RestReply refusal(List<MessageRules.Violation> violations) {
        ObjectNode body = Json.object();
        body.put("message", "Invalid Form Body");
        body.put("code", 50035);
        ObjectNode errors = body.putObject("errors");
        for (MessageRules.Violation violation : violations) {
            ObjectNode at = errors;
            for (String key : violation.path().split("\\.")) {
                at = at.has(key) ? (ObjectNode) at.get(key) : at.putObject(key);
            }
            ArrayNode list = at.has("_errors") ? (ArrayNode) at.get("_errors") : at.putArray("_errors");
            list.addObject().put("code", violation.code()).put("message", violation.message());
        }
        return RestReply.json(400, body);
    }

    // ---- HTTP plumbing

    private void exchange(HttpExchange exchange) {
        long received = System.nanoTime();
        synchronized (answering) {
            inFlight++;
        }
        try (exchange) {
            Incoming request = read(exchange, received);
            log.trace("<- {} {}", request.method(), request.path());
            RestReply reply = answer(request);
            write(exchange, reply);
            RecordedRequest recorded = request.record(reply.status());
            log.debug("{}", recorded);
            requests.add(recorded);
            if (reply.succeeded()) {
                reply.onSuccess().accept(recorded);
            }
        } catch (IOException e) {
            log.debug("the client went away from {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        } catch (RuntimeException e) {
            log.warn("fake Discord failed to answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        } finally {
            synchronized (answering) {
                inFlight--;
                answering.notifyAll();
            }
        }
    }

    private static Incoming read(HttpExchange exchange, long received) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String fullPath = exchange.getRequestURI().getPath();
        boolean api = fullPath.startsWith(API_PREFIX + "/");
        String path = api ? fullPath.substring(API_PREFIX.length()) : fullPath;
        String query =
                Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        return new Incoming(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                path,
                query,
                Map.copyOf(headers),
                body,
                received,
                api);
    }

    private RestReply answer(Incoming request) {
        if (!request.api()) {
            return request.method().equals("GET") && request.path().startsWith(Attachments.PATH)
                    ? attachment(request)
                    : RestReply.notFound();
        }
        Optional<Fault> fault = takeFault(request);
        if (fault.isPresent()) {
            sleep(fault.get().delay().toMillis());
            if (fault.get().status() != 0) {
                return faultReply(fault.get());
            }
        }
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(request.path());
            if (route.method().equals(request.method()) && matcher.matches()) {
                if (route.authorized() && !authorized(request)) {
                    return RestReply.error(401, 0, "401: Unauthorized");
                }
                return route.handler().handle(request, matcher);
            }
        }
        return RestReply.notFound();
    }

    private boolean authorized(Incoming request) {
        List<String> values = request.headers().getOrDefault("authorization", List.of());
        return values.contains("Bot " + token);
    }

    private Optional<Fault> takeFault(Incoming request) {
        for (ArmedFault armed : faults) {
            if (armed.fault().matches(request.method(), request.path())
                    && armed.remaining().getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                if (armed.remaining().get() == 0) {
                    faults.remove(armed);
                }
                return Optional.of(armed.fault());
            }
        }
        return Optional.empty();
    }

    /**
     * A 429 as Discord sends it: {@code Retry-After} in whole seconds (JDA parses it as a long), the precise value in
     * the body and {@code X-RateLimit-Reset-After}; {@code Via} marks it as Discord's own and not Cloudflare's, which
     * JDA would take for a global ban on every route.
     */
    private static RestReply faultReply(Fault fault) {
        if (fault.status() != 429) {
            return RestReply.error(fault.status(), 0, fault.status() + ": " + reason(fault.status()));
        }
        double retryAfter = fault.retryAfterSeconds();
        ObjectNode body = Json.object();
        body.put("message", "You are being rate limited.");
        body.put("retry_after", retryAfter);
        body.put("global", false);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString((long) Math.ceil(retryAfter)));
        headers.put("X-RateLimit-Limit", "1");
        headers.put("X-RateLimit-Remaining", "0");
        headers.put(
                "X-RateLimit-Reset",
                String.format(Locale.ROOT, "%.3f", System.currentTimeMillis() / 1000.0 + retryAfter));
        headers.put("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", retryAfter));
        headers.put(
                "X-RateLimit-Bucket", Integer.toHexString(fault.path().pattern().hashCode()));
        headers.put("X-RateLimit-Scope", "user");
        return RestReply.json(429, body).withHeaders(headers);
    }

    private static String reason(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error";
        };
    }

    private static void write(HttpExchange exchange, RestReply reply) throws IOException {
        exchange.getResponseHeaders().set("Via", "1.1 google");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (reply.status() == 204) {
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        if (!reply.headers().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(reply.status(), reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
