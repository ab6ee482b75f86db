// Documents and meetings created in this tab: their page shows the job's progress even when it finished before
// the page loaded, so the person who asked sees it reach 100%.

const created = new Set<string>();

export function markJustCreated(id: string): void {
  created.add(id);
}

export function wasJustCreated(id: string): boolean {
  return created.has(id);
}
