// Which long animation frames the extension caused. Chromium lists only main-world scripts in
// a frame's attribution, so a frame counts as the extension's when one of its annotate slices
// ran inside it (its DOM changes are then laid out in that same frame).

import type { Interval, LongFrame } from './probe.ts';

const overlaps = (frame: LongFrame, slice: Interval) =>
  slice.start < frame.start + frame.duration && slice.start + slice.duration > frame.start;

export const isExtensionFrame = (frame: LongFrame, slices: readonly Interval[]): boolean =>
  frame.scriptUrls.some((url) => url.startsWith('chrome-extension://')) ||
  slices.some((slice) => overlaps(frame, slice));

/** The longest frame's duration, or 0 when no frame passed the browser's 50 ms threshold. */
export const longest = (frames: readonly LongFrame[]): number =>
  Math.max(0, ...frames.map((frame) => frame.duration));
