package dev.watchparty.pack;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The loaded packs, by show id, and which one is the default. A reload swaps the whole set at once, so a
 * reader never sees half of an old pack and half of a new one.
 */
public final class PackLibrary {

    private record Snapshot(Map<String, Catalog> catalogs, String defaultShowId) {}

    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    public PackLibrary(List<ContentPack> packs, String defaultShowId) {
        replace(packs, defaultShowId);
    }

    /** Replaces every pack at once; refuses a set without the default show. */
    public void replace(List<ContentPack> packs, String defaultShowId) {
        Map<String, Catalog> catalogs = new LinkedHashMap<>();
        for (ContentPack pack : packs) {
            catalogs.put(pack.id(), new Catalog(pack));
        }
        String chosen = defaultShowId != null
                ? defaultShowId
                : packs.isEmpty() ? null : packs.get(0).id();
        if (chosen == null || !catalogs.containsKey(chosen)) {
            throw new IllegalArgumentException(
                    "the default show '" + defaultShowId + "' is not among the loaded packs " + catalogs.keySet());
        }
        snapshot.set(new Snapshot(Collections.unmodifiableMap(catalogs), chosen));
    }

    public Catalog defaultCatalog() {
        Snapshot current = snapshot.get();
        return current.catalogs().get(current.defaultShowId());
    }

    public Optional<Catalog> catalog(String showId) {
        return Optional.ofNullable(snapshot.get().catalogs().get(showId));
    }

    public Collection<Catalog> catalogs() {
        return snapshot.get().catalogs().values();
    }

    public boolean hasSeveralShows() {
        return snapshot.get().catalogs().size() > 1;
    }
}
