// Top-1 accuracy on the labelled query set (catalog/search-queries.ts): the share of queries
// whose first result is one of the projects labelled right for it.
import { labelledQueries } from '../catalog/search-queries';

export interface Accuracy {
  correct: number;
  total: number;
  share: number; // 0..1
  misses: string[]; // the queries whose first result was wrong, for the curious
}

export function topOneAccuracy(firstResult: (query: string) => string | undefined): Accuracy {
  const misses: string[] = [];
  for (const { query, expected } of labelledQueries) {
    const first = firstResult(query);
    if (first === undefined || !expected.includes(first)) misses.push(query);
  }
  const total = labelledQueries.length;
  return { correct: total - misses.length, total, share: (total - misses.length) / total, misses };
}
