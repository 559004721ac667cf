package vn.gazette.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import vn.gazette.internal.Digest;

/**
 * What the digests of this package need of a record class, looked up once per class: its name and that name's
 * digest, its components' names, and their accessors, made accessible so that a call skips the access check each
 * {@link Method#invoke} would do (the page fingerprints and the output keys walk hundreds of thousands of records
 * in a build). Immutable and thread-safe.
 */
final class RecordShape {

    private static final ClassValue<RecordShape> OF = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    final String name;
    final long nameDigest;
    final String[] names;
    private final Method[] accessors;

    private RecordShape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        this.name = type.getName();
        this.nameDigest = Digest.of(name);
        this.names = new String[components.length];
        this.accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            accessors[i] = components[i].getAccessor();
            try {
                accessors[i].setAccessible(true);
            } catch (RuntimeException e) {
                // left as it is: invoke checks access
            }
        }
    }

    /** The shape of a record's class. */
    static RecordShape of(Object record) {
        return OF.get(record.getClass());
    }

    /** The value of component {@code i} of {@code record}, a record of this shape. */
    Object component(Object record, int i) {
        try {
            return accessors[i].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessors[i], e);
        }
    }
}
