/**
 * The value axis of a bar chart: ticks at 1, 2 or 5 times a power of ten, from 0 to the first tick
 * at or above `max`, about `count` of them. Whole numbers only: calls are counted, not measured.
 */
export function valueTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1]
  const raw = max / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw)
  const ticks: number[] = []
  for (let v = 0; v < max + step; v += step) ticks.push(v)
  return ticks
}

/** Label every `n`th day, so labels `minGapPx` wide never overlap at `stepPx` per day. */
export const labelEvery = (stepPx: number, minGapPx: number): number =>
  Math.max(1, Math.ceil(minGapPx / stepPx))
