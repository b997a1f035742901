import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Issue 11: the folders under apps/api/src import one another without a cycle (place below identity below the
 * domains, personal-data and the composition roots above them), so each can be read and changed from the bottom up.
 */
const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !/\.(spec|test)\.ts$/.test(name) ? [path] : [];
  });
}

/** Folder → the folders its files import, with one importing file each, to say where an edge comes from. */
function folderEdges(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const [folder, ...rest] = relative(SRC, file).split('/');
    if (rest.length === 0) continue; // main.ts, app.module.ts: the root composes everything
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = relative(SRC, resolve(dirname(file), spec)).split('/')[0];
      if (target === folder || target.endsWith('.js') || target.startsWith('..')) continue;
      if (!edges.has(folder)) edges.set(folder, new Map());
      if (!edges.get(folder)!.has(target)) edges.get(folder)!.set(target, relative(SRC, file));
    }
  }
  return edges;
}

/** One cycle through the graph as a list of folders, or null when there is none. */
function findCycle(edges: Map<string, Map<string, string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (folder: string): string[] | null => {
    if (state.get(folder) === 'done') return null;
    if (state.get(folder) === 'open') return [...path.slice(path.indexOf(folder)), folder];
    state.set(folder, 'open');
    path.push(folder);
    for (const next of edges.get(folder)?.keys() ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(folder, 'done');
    return null;
  };
  for (const folder of edges.keys()) {
    const cycle = visit(folder);
    if (cycle) return cycle;
  }
  return null;
}

test('the folders of apps/api/src import one another without a cycle', () => {
  const edges = folderEdges();
  const cycle = findCycle(edges);
  const said = cycle?.slice(1).map((to, i) => `${cycle[i]} → ${to} (${edges.get(cycle[i])!.get(to)})`);
  expect(said ?? []).toEqual([]);
});

test('the check finds a cycle when there is one', () => {
  const edges = folderEdges();
  edges.set('place', new Map([...(edges.get('place') ?? []), ['identity', 'place/x.ts']]));
  expect(findCycle(edges)).not.toBeNull();
});

test('place is at the bottom: it imports only common', () => {
  expect([...(folderEdges().get('place')?.keys() ?? [])].sort()).toEqual(['common']);
});
