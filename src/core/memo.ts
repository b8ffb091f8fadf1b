/** The value for `key` in `map`, built and stored on first use. */
export function getOrCreate<K, V>(
  map: Map<K, V> | (K extends object ? WeakMap<K, V> : never),
  key: K,
  build: () => V,
): V {
  if (map.has(key)) return map.get(key) as V;
  const value = build();
  map.set(key, value);
  return value;
}
