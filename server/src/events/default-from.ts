/**
 * The query with `from` set to `day` when it names none, for routes whose readers want what is coming rather than the
 * whole archive. A `to` before `day` asks for the past on purpose, so it is left alone.
 */
export function withDefaultFrom(url: URL, day: string): URL {
  const to = url.searchParams.get('to');
  if (url.searchParams.has('from') || (to !== null && to < day)) return url;
  const copy = new URL(url);
  copy.searchParams.set('from', day);
  return copy;
}
