import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ALL_TABLES_FOLDERS, DOMAIN_TABLES } from '../src/database/domain-tables.js';

/**
 * Every domain owns its tables (issue 11): a SQL string or a QueryBuilder call in one domain folder that names another
 * domain's table fails here. Entity classes passed to TypeORM are out of scope: the import graph shows those.
 */

const SRC = join(import.meta.dirname, '..', 'src');

/**
 * Crossings known when this test was written, each to be moved behind the owner's service. The list only shrinks: a
 * new crossing fails the test, and so does an entry here that no longer occurs.
 */
const KNOWN_CROSSINGS: { file: string; table: string }[] = [];

/** Places `.from('x')`-like calls name a table as their first argument. */
const TABLE_ARG_METHODS = new Set([
  'from',
  'addFrom',
  'into',
  'update',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'innerJoinAndMapOne',
  'innerJoinAndMapMany',
  'leftJoinAndMapOne',
  'leftJoinAndMapMany',
  'getRepository',
]);
/** A table after a SQL keyword, backticked (escaped in a template) or not. */
const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:\\?`)?([A-Za-z_][A-Za-z0-9_]*)/gi;

const ownerOf = new Map<string, string>(
  Object.entries(DOMAIN_TABLES).flatMap(([domain, tables]) => tables.map((t): [string, string] => [t, domain])),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !/\.(spec|test)\.ts$/.test(name) ? [path] : [];
  });
}

const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());

interface Crossing {
  file: string;
  line: number;
  table: string;
  owner: string;
}

/** Each table a string in the file names (SQL text or a QueryBuilder's table argument), with its line. */
function tablesNamed(path: string): { line: number; table: string }[] {
  const text = readFileSync(path, 'utf8');
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { line: number; table: string }[] = [];
  const at = (pos: number, table: string) =>
    found.push({ line: sf.getLineAndCharacterOfPosition(pos).line + 1, table });
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const source = node.getText(sf);
      for (const m of source.matchAll(SQL_TABLE)) if (ownerOf.has(m[1])) at(node.getStart(sf) + m.index, m[1]);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const [first] = node.arguments;
      if (
        TABLE_ARG_METHODS.has(node.expression.name.text) &&
        first &&
        (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) &&
        ownerOf.has(first.text)
      )
        at(first.getStart(sf), first.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function crossings(): Crossing[] {
  const exempt: readonly string[] = ALL_TABLES_FOLDERS;
  return folders
    .filter((domain) => !exempt.includes(domain))
    .flatMap((domain) =>
      sourceFiles(join(SRC, domain)).flatMap((path) =>
        tablesNamed(path)
          .filter(({ table }) => ownerOf.get(table) !== domain)
          .map(({ line, table }) => ({
            file: relative(SRC, path).split('\\').join('/'),
            line,
            table,
            owner: ownerOf.get(table)!,
          })),
      ),
    );
}

const key = (c: { file: string; table: string }) => `${c.file} ${c.table}`;
let scanned: Crossing[] | undefined;
const found = () => (scanned ??= crossings());

describe('domain tables', () => {
  it('lists every folder under src, as a domain or as a folder that may name any table', () => {
    const declared = [...Object.keys(DOMAIN_TABLES), ...ALL_TABLES_FOLDERS].sort();
    expect(folders.sort()).toEqual(declared);
  });

  it("maps each domain to exactly the tables of its @Entity('…') declarations", () => {
    const entities: Record<string, string[]> = {};
    for (const folder of folders)
      entities[folder] = sourceFiles(join(SRC, folder))
        .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/@Entity\(\s*'([a-z_0-9]+)'/g)].map((m) => m[1]))
        .sort();
    const mapped: Record<string, string[]> = {};
    for (const folder of folders)
      mapped[folder] = [...((DOMAIN_TABLES as Record<string, readonly string[]>)[folder] ?? [])].sort();
    expect(mapped).toEqual(entities);
  });

  it("names no other domain's table in SQL or a QueryBuilder, beyond the known crossings", () => {
    const known = new Set(KNOWN_CROSSINGS.map(key));
    const fresh = found().filter((c) => !known.has(key(c)));
    const report = fresh.map((c) => `${c.file}:${c.line} names ${c.owner}'s table \`${c.table}\``);
    expect(report).toEqual([]);
  });

  it('keeps only known crossings that still occur (the list only shrinks)', () => {
    const occurring = new Set(found().map(key));
    const gone = KNOWN_CROSSINGS.filter((c) => !occurring.has(key(c))).map(
      (c) => `${c.file} no longer names \`${c.table}\`: remove it from KNOWN_CROSSINGS`,
    );
    expect(gone).toEqual([]);
    expect(new Set(KNOWN_CROSSINGS.map(key)).size).toBe(KNOWN_CROSSINGS.length);
  });
});
