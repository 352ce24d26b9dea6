// How many typos apart two whole words are: insertions, deletions, substitutions and swaps of
// neighbouring letters (optimal string alignment distance). Fuse's Bitap score says how well a
// query fits somewhere inside a term, which is what a glued name wants ("zookeper" in
// "apachezookeeper") but not a description word: "redis" fits the start of "reduces" with one
// slip, yet no one typing "redis" means "reduces" (catalog/search-match.ts).

/** Whether `a` and `b` are at most `max` typos apart; gives up as soon as they cannot be. */
export function withinTypos(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before = new Array<number>(b.length + 1).fill(0); // row i - 2
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j); // row i - 1
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    before = previous;
    previous = row;
  }
  return previous[b.length] <= max;
}
