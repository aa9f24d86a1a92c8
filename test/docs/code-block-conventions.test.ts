import { describe, expect, it } from 'vitest';
import { extractBlocks, importsOf, withChecks } from './code-blocks.js';
import { __docCheck } from './doc-check.js';

const guide = `# A guide

<!-- doc-test: given directories -->
\`\`\`ts
import { a } from 'shuangsuiji/core';
f(1);        // 'one' (in words)
g();         // e.g. 'two'
h();         // { due: '2025-02-21', … }
const x = 3; // 3
console.log(k()); // true
calendar.due;  // { due: '2025-02-21', provisional: false }
\`\`\`

\`\`\`sh
npx shuangsuiji workday 2026-02-14
\`\`\`

<!-- doc-test: imports-above -->
\`\`\`typescript
n(); // -2
\`\`\`
`;

describe('the conventions of documented code blocks', () => {
  const blocks = extractBlocks('docs/x.md', guide);

  it('finds the TypeScript blocks with their lines and markers, and nothing else', () => {
    expect(blocks.map((b) => [b.line, b.given, b.importsAbove])).toEqual([
      [4, 'directories', false],
      [19, undefined, true],
    ]);
    expect(importsOf(blocks[0]?.code ?? '')).toBe("import { a } from 'shuangsuiji/core';");
  });

  it('turns a claimed literal into a check with its place, and leaves prose alone', () => {
    const { code, checks } = withChecks(blocks[0]!);
    expect(checks).toBe(3);
    expect(code.split('\n')).toEqual([
      "import { a } from 'shuangsuiji/core';",
      `__docCheck(f(1), 'one', "docs/x.md:6"); // 'one' (in words)`,
      "g();         // e.g. 'two'",
      `__docCheck(h(), { due: '2025-02-21' }, "docs/x.md:8"); // { due: '2025-02-21', … }`,
      'const x = 3; // 3',
      'console.log(k()); // true',
      `__docCheck(calendar.due, { due: '2025-02-21', provisional: false }, "docs/x.md:11"); // { due: '2025-02-21', provisional: false }`,
    ]);
    expect(withChecks(blocks[1]!).code).toBe(`__docCheck(n(), -2, "docs/x.md:20"); // -2`);
  });

  it('fails a claim the code does not keep, and compares objects by the fields shown', () => {
    expect(() => __docCheck('2025-02-20', '2025-02-21', 'README.md:83')).toThrow(
      'README.md:83: the guide says "2025-02-21", the code gives "2025-02-20"',
    );
    expect(() =>
      __docCheck({ due: '2025-02-21', provisional: false, from: 'x' }, { due: '2025-02-21' }, ''),
    ).not.toThrow();
    expect(() => __docCheck({ due: '2025-02-21' }, { due: '2025-02-21', provisional: false }, '')).toThrow();
    expect(() => __docCheck(1, '1', '')).toThrow();
  });
});
