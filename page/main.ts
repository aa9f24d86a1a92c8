/**
 * The verification page (公开核验页): wires the form to the worker and renders its answers. The main thread only
 * passes the chosen `File` objects on and draws the results; reading, parsing and verifying run in the worker.
 */
import { h } from './dom.js';
import { type Language, type WordKey, words } from './i18n.js';
import type { DrawSummary, EncodingChoice, Phase, Reply, Request } from './protocol.js';
import { renderReport } from './render.js';
import { renderLookup, renderSelected } from './render-search.js';

/** The worker's bundled source, put in by the page build. */
declare const WORKER_SOURCE: string;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const stored = (() => {
  try {
    return localStorage.getItem('ssj-verify-lang');
  } catch {
    return null;
  }
})();
let lang: Language =
  new URLSearchParams(location.search).get('lang') === 'en' || stored === 'en' ? 'en' : 'zh';
let files: File[] = [];
let lastReply: Extract<Reply, { type: 'report' }> | undefined;
let lastLookup: Extract<Reply, { type: 'lookup' }> | undefined;
let lastPhase: Phase | undefined;

const worker = new Worker(URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' })));
const send = (request: Request) => worker.postMessage(request);

function applyWords(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll<HTMLElement>('[data-w]'))
    el.textContent = words(lang, el.dataset.w as WordKey);
  for (const el of document.querySelectorAll<HTMLElement>('[data-w-placeholder]'))
    el.setAttribute('placeholder', words(lang, el.dataset.wPlaceholder as WordKey));
  for (const el of document.querySelectorAll<HTMLElement>('[data-w-aria-label]'))
    el.setAttribute('aria-label', words(lang, el.dataset.wAriaLabel as WordKey));
  $('lang').setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
  document.title = `${words(lang, 'title')} · ${words(lang === 'zh' ? 'en' : 'zh', 'title')}`;
  showChosen();
  if (lastPhase !== undefined) $('phase').textContent = words(lang, `phase_${lastPhase}` as WordKey);
  if (lastReply !== undefined) showReport(lastReply, false);
  if (lastLookup !== undefined) $('lookup').replaceChildren(renderLookup(lastLookup.lookup, lang));
}

function showChosen(): void {
  $('chosen').replaceChildren(
    ...files.map((f) =>
      h(
        'li',
        {},
        `${f.name} (${(f.size / 1024).toLocaleString(undefined, { maximumFractionDigits: 1 })} KB)`,
      ),
    ),
  );
}

function showSelected(draw: DrawSummary): void {
  $('selected-list').replaceChildren(...renderSelected(draw, ($('search') as HTMLInputElement).value, lang));
}

function showReport(reply: Extract<Reply, { type: 'report' }>, focus: boolean): void {
  const { report } = reply;
  const { top, bottom } = renderReport(report, lang);
  $('results').replaceChildren(...top);
  $('results-bottom').replaceChildren(...bottom);
  $('search-box').hidden = report.draw === null;
  if (report.draw !== null) showSelected(report.draw);
  if (focus) $('verdict').focus();
}

/** The part of the bar each phase fills: reading is most of the wait before the re-run. */
const SPANS = {
  read: [0, 0.35],
  parse: [0.35, 0.45],
  verify: [0.45, 0.95],
  assign: [0.95, 1],
  done: [1, 1],
} as const satisfies Record<Phase, readonly [number, number]>;

function onReply(reply: Reply): void {
  const bar = $('progress') as HTMLProgressElement;
  if (reply.type === 'progress') {
    $('progress-box').hidden = false;
    lastPhase = reply.phase;
    $('phase').textContent = words(lang, `phase_${reply.phase}` as WordKey);
    const [from, to] = SPANS[reply.phase];
    bar.value = Math.round(1000 * (from + (to - from) * (reply.done / Math.max(1, reply.total))));
    bar.dataset.phase = reply.phase;
  } else if (reply.type === 'report') {
    lastReply = reply;
    bar.value = 1000;
    $('status').textContent = '';
    ($('verify') as HTMLButtonElement).disabled = false;
    showReport(reply, true);
  } else if (reply.type === 'lookup') {
    lastLookup = reply;
    $('lookup').replaceChildren(renderLookup(reply.lookup, lang));
  } else {
    $('status').textContent = words(lang, 'failed', { message: reply.message });
    ($('verify') as HTMLButtonElement).disabled = false;
  }
}

function choose(list: FileList | null): void {
  files = list === null ? [] : [...list];
  showChosen();
}

worker.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
worker.onerror = (event) => onReply({ type: 'failed', message: event.message });

$('lang').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  try {
    localStorage.setItem('ssj-verify-lang', lang);
  } catch {
    // Storage may be off (private mode, file:// in some browsers); the switch still works for this visit.
  }
  applyWords();
});
$('files').addEventListener('change', (e) => choose((e.target as HTMLInputElement).files));
const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  choose(e.dataTransfer?.files ?? null);
});
$('form').addEventListener('submit', (e) => {
  e.preventDefault();
  if (files.length === 0) {
    $('status').textContent = words(lang, 'noFiles');
    return;
  }
  lastReply = undefined;
  lastLookup = undefined;
  $('results').replaceChildren();
  $('results-bottom').replaceChildren();
  $('lookup').replaceChildren();
  $('search-box').hidden = true;
  $('status').textContent = '';
  ($('verify') as HTMLButtonElement).disabled = true;
  send({
    type: 'verify',
    files,
    publishedDigest: ($('digest') as HTMLInputElement).value,
    encoding: ($('encoding') as HTMLSelectElement).value as EncodingChoice,
  });
});
$('search').addEventListener('input', () => {
  const query = ($('search') as HTMLInputElement).value;
  if (lastReply?.report.draw) showSelected(lastReply.report.draw);
  if (query.trim() === '') {
    lastLookup = undefined;
    $('lookup').replaceChildren();
  } else send({ type: 'lookup', query });
});

applyWords();
