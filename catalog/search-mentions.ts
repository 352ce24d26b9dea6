// The catalog lists 56 projects; the projects people most often look for (Kafka, Redis, gRPC)
// are not among them. When the query names no listed project, alias or category and only turns
// up in descriptions ("kafka" in Apache Avro's summary), the results are projects that mention
// it, not the thing itself, and the popup and new tab say so (components/project-search.tsx).
import type { SearchHit } from './search';

/** Whether there are hits and every one of them only mentions the query in its description. */
export function onlyMentions(hits: readonly SearchHit[]): boolean {
  return hits.length > 0 && hits.every((hit) => hit.matched === 'description');
}
