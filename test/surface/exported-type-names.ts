import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The type-only names an entry point exports (interfaces and type aliases that are not also values), read by the
 * TypeScript compiler from `src/<module>/index.ts` itself, so a re-export through `export *` or a renamed
 * `export type { A as B }` counts as the compiler sees it.
 */
export function exportedTypeNames(modules: readonly string[]): Record<string, string[]> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const files = modules.map((m) => (m === 'root' ? `${root}src/index.ts` : `${root}src/${m}/index.ts`));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const out: Record<string, string[]> = {};
  modules.forEach((m, i) => {
    const source = program.getSourceFile(files[i] as string);
    const symbol = source && checker.getSymbolAtLocation(source);
    if (symbol === undefined) throw new Error(`cannot read the entry point of ${m}`);
    out[m] = checker
      .getExportsOfModule(symbol)
      .filter((s) => {
        const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        return (target.flags & ts.SymbolFlags.Value) === 0 && (target.flags & ts.SymbolFlags.Type) !== 0;
      })
      .map((s) => s.getName())
      .sort();
  });
  return out;
}
