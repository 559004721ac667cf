package vn.gazette.search;

import java.util.function.LongFunction;

/**
 * A map from {@code long} keys to values, without boxing: open addressing, linear probing, the table kept at most
 * half full. For the index's pairs, millions of lookups a build. Not thread-safe.
 *
 * @param <V> the values
 */
final class LongMap<V> {

    private long[] keys = new long[1024];
    private Object[] values = new Object[1024];
    private int size;

    /** The value of {@code key}, made by {@code make} when there is none yet. */
    @SuppressWarnings("unchecked")
    V computeIfAbsent(long key, LongFunction<V> make) {
        int mask = keys.length - 1;
        int at = slot(key, mask);
        while (values[at] != null) {
            if (keys[at] == key) {
                return (V) values[at];
            }
            at = (at + 1) & mask;
        }
        V value = make.apply(key);
        keys[at] = key;
        values[at] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int at = slot(key, mask); values[at] != null; at = (at + 1) & mask) {
            if (keys[at] == key) {
                return (V) values[at];
            }
        }
        return null;
    }

    /** Sets the value of {@code key}, replacing the one it had. */
    void put(long key, V value) {
        int mask = keys.length - 1;
        int at = slot(key, mask);
        while (values[at] != null) {
            if (keys[at] == key) {
                values[at] = value;
                return;
            }
            at = (at + 1) & mask;
        }
        keys[at] = key;
        values[at] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    /** Calls {@code each} with every key and value, in no particular order. */
    @SuppressWarnings("unchecked")
    void forEach(Entry<V> each) {
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                each.accept(keys[i], (V) values[i]);
            }
        }
    }

    /** What {@link #forEach} hands every entry to. */
    interface Entry<V> {
        void accept(long key, V value);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int at = slot(oldKeys[i], mask);
                while (values[at] != null) {
                    at = (at + 1) & mask;
                }
                keys[at] = oldKeys[i];
                values[at] = oldValues[i];
            }
        }
    }
}
