// A small seeded random source, so every bench run builds byte-identical pages.

/** mulberry32: fast, 32-bit state, good enough to vary prose; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Picker {
  pick<T>(items: readonly T[]): T;
  /** An integer from `min` to `max`, both included. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
}

export function picker(seed: number): Picker {
  const random = seededRandom(seed);
  return {
    pick: (items) => items[Math.floor(random() * items.length)] as (typeof items)[number],
    between: (min, max) => min + Math.floor(random() * (max - min + 1)),
    chance: (probability) => random() < probability,
  };
}
