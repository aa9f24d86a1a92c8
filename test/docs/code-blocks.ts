/**
 * The TypeScript code blocks of the README and the guides, and how each is turned into a module that tsc
 * compiles and Node runs. The conventions, as CONTRIBUTING.md gives them:
 *
 * - A block is a module of its own that imports from `shuangsuiji` (mapped to `src/`).
 * - `<!-- doc-test: given NAME -->` on the line before the fence: the block is a fragment that uses values a host
 *   would have (rows read from Excel, a published record …); every export of `test/docs/given/NAME.ts` is in
 *   scope, built by real library calls.
 * - `<!-- doc-test: imports-above -->`: the block uses the imports of the block before it in the same file.
 * - A line `expression; // 'text'` (or `// true`, `// 42`, `// { a: 1 }`) claims a result: the test asserts it
 *   (an object by the fields shown; `{ a: 1, … }` says there are more). A comment that starts otherwise (`// e.g. …`, or one with `…`) is prose, as
 *   is the comment after a `console.log(…)` or a declaration.
 */

/** One fenced TypeScript block. */
export interface CodeBlock {
  /** The file, relative to the project root. */
  readonly file: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  readonly code: string;
  /** The `given` module, if any. */
  readonly given?: string;
  /** Whether the block uses the imports of the block before it in the file. */
  readonly importsAbove: boolean;
}

const MARKER = /^<!--\s*doc-test:\s*(.+?)\s*-->$/;

/** The `ts`/`typescript` blocks of a Markdown file, with their markers. */
export function extractBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i] as string)) continue;
    const end = lines.findIndex((l, k) => k > i && l.startsWith('```'));
    if (end < 0) throw new Error(`${file}:${i + 1}: the code block is not closed`);
    const marker = MARKER.exec((lines[i - 1] ?? '').trim())?.[1] ?? '';
    const given = /(?:^|;\s*)given\s+([\w-]+)/.exec(marker)?.[1];
    blocks.push({
      file,
      line: i + 1,
      code: lines.slice(i + 1, end).join('\n'),
      importsAbove: /(?:^|;\s*)imports-above\b/.test(marker),
      ...(given === undefined ? {} : { given }),
    });
    i = end;
  }
  return blocks;
}

/** A literal at the start of a comment: a quoted string, a number, true/false/null, or a balanced object/array. */
function leadingLiteral(comment: string): string | undefined {
  const simple =
    /^('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null|undefined)(?=$|[\s,:;(])/.exec(
      comment,
    );
  if (simple !== null) return simple[1];
  if (!/^[{[]/.test(comment)) return undefined;
  let depth = 0;
  for (let i = 0; i < comment.length; i++) {
    const c = comment[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    if (depth > 0) continue;
    // `{ a: 1, … }` shows some fields of an object: the check compares those.
    const literal = comment.slice(0, i + 1).replace(/,?\s*…\s*(?=\})/g, ' ');
    return literal.includes('…') ? undefined : literal;
  }
  return undefined;
}

const STATEMENT =
  /^(\s*)(?!(?:const|let|var|import|export|return|await|if|for|type|interface|console)\b)([^/;]*[^/;\s]);\s*\/\/\s*(.*)$/;

/**
 * Rewrites each `expression; // literal` line into a check of the claimed result, keeping line numbers.
 *
 * @returns the code, and how many claims it checks
 */
export function withChecks(block: CodeBlock): { code: string; checks: number } {
  let checks = 0;
  const code = block.code
    .split('\n')
    .map((line, i) => {
      const m = STATEMENT.exec(line);
      if (m === null) return line;
      const [, indent, expression, comment] = m as unknown as [string, string, string, string];
      const literal = leadingLiteral(comment);
      if (literal === undefined) return line;
      checks++;
      const where = JSON.stringify(`${block.file}:${block.line + i + 1}`);
      return `${indent}__docCheck(${expression}, ${literal}, ${where}); // ${comment}`;
    })
    .join('\n');
  return { code, checks };
}

/** The import declarations of a block (each may span lines), for a block that uses them. */
export function importsOf(code: string): string {
  return [...code.matchAll(/^import\b[\s\S]*?from\s+['"][^'"]+['"];?$/gm)].map((m) => m[0]).join('\n');
}
