// Much of the context model is worked out once per glossary entry, page or text and then looked up
// for every occurrence; one helper keeps those caches alike.

/** A Map or WeakMap. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value stored for `key`, worked out by `work` and stored the first time it is asked for.
 * `work` gets the key and at most one more value, so that callers pass a function made once: most
 * of these caches are asked at every occurrence, and a closure made per call would be garbage.
 */
export function remembered<K, V>(store: Store<K, V>, key: K, work: (key: K) => V): V;
export function remembered<K, V, A>(store: Store<K, V>, key: K, work: (key: K, with_: A) => V, with_: A): V;
export function remembered<K, V, A>(
  store: Store<K, V>,
  key: K,
  work: (key: K, with_?: A) => V,
  with_?: A,
): V {
  let value = store.get(key);
  if (value === undefined) {
    value = work(key, with_);
    store.set(key, value);
  }
  return value;
}
