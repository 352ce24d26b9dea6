// What the search benchmark types, one character at a time (issue #8: typos, aliases, Chinese,
// several words). Each is also in the labelled query set (catalog/search-queries.ts), so the
// queries timed are queries whose right answer is known.

export const typingQueries: string[] = [
  'rabbitmq',
  'zookeper', // typo
  'haproxi', // typo
  'masstransti', // typo
  'protobuf', // alias
  'msgpack', // alias
  'linux virtual server', // alias, several words
  '服务发现', // Chinese
  '分布式文件系统', // Chinese
  '熔断',
  'distributed file system',
  'netflix circuit breaker',
  'consul template',
  'distribted file system', // typo in one of several words
];

/** Every prefix a person produces while typing `query` (by code point, so CJK characters stay whole). */
export function keystrokes(query: string): string[] {
  const chars = [...query];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}
