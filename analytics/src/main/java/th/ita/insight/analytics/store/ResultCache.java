package th.ita.insight.analytics.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Query results of one version of a read-only store file. A read-only store changes only when a writer swaps in a
 * new file (StoreWriter), so results stay exact until the version changes; then they are all dropped. The least
 * recently used entries go first when the cache is full. Two threads asking for the same missing key may both
 * compute it; the results are equal, so that costs time, never correctness.
 */
final class ResultCache {

    private final int capacity;
    private final Map<String, Object> entries;
    private Object version;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    @SuppressWarnings("unchecked")
    <T> T get(Object currentVersion, String key, Supplier<T> compute) {
        synchronized (this) {
            if (!currentVersion.equals(version)) {
                entries.clear();
                version = currentVersion;
            }
            Object hit = entries.get(key);
            if (hit != null) {
                return (T) hit;
            }
        }
        T value = compute.get();
        synchronized (this) {
            if (currentVersion.equals(version) && value != null) {
                entries.put(key, value);
            }
        }
        return value;
    }

    synchronized int size() {
        return entries.size();
    }
}
