/**
 * A tiny element builder for the page: text is always set as text, never parsed as HTML, so nothing in a
 * dropped file can inject markup.
 */

type Child = Node | string | number | null | undefined | false;

/**
 * Creates an element with attributes and children.
 *
 * @param tag - the tag name
 * @param attrs - attributes (`class`, `id`, `aria-*`, …); `false`/`undefined` values are left out
 * @param children - nodes or text
 * @returns the element
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs))
    if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : value);
  for (const c of children)
    if (c !== null && c !== undefined && c !== false)
      el.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
  return el;
}

/**
 * A table with a header row and body rows.
 *
 * @param head - the column titles
 * @param rows - the cells of each row
 * @param attrs - attributes of the table
 * @returns the table inside a scrolling wrapper (for narrow screens)
 */
export function table(head: readonly string[], rows: readonly Child[][], attrs: Record<string, string> = {}) {
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      attrs,
      h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
    ),
  );
}
