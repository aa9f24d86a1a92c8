/**
 * Checklists at a size no county reaches (a safety margin): importing 10,000 spreadsheet rows with Chinese
 * headers, creating a 10,000-item checklist (validation, digest, freeze), revising 100 of its items, and diffing
 * two 10,000-item versions. Run alone: `npx tsx bench/checklists.bench.ts`.
 */
import {
  type Checklist,
  type ChecklistChange,
  createChecklist,
  diffChecklists,
  importChecklistItems,
  reviseChecklist,
} from '../src/directories/index.js';
import { type BenchResult, measure, runIfMain } from './harness.js';

const ITEMS = 10_000;

function rows(): Record<string, string>[] {
  return Array.from({ length: ITEMS }, (_, i) => ({
    事项编码: `SJ-${String(i).padStart(5, '0')}`,
    抽查类别: `抽查类别${i % 40}`,
    抽查事项: `抽查事项${i}`,
    检查内容: '企业年度报告公示信息；企业即时公示信息',
    检查方式: i % 3 === 0 ? '书面检查、实地核查' : '实地核查',
    检查依据: '《企业信息公示暂行条例》第十五条；《中华人民共和国食品安全法》第一百一十条',
    抽查主体: '旗市场监管局',
    事项类型: i % 5 === 0 ? '重点检查事项' : '一般检查事项',
    检查对象类型: '企业、个体工商户',
    适用行业: i % 2 === 0 ? 'H62' : '',
  }));
}

/** Runs the checklist benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const sheet = rows();
  const items = importChecklistItems(sheet).accepted;
  if (items.length !== ITEMS) throw new Error(`expected ${ITEMS} items, got ${items.length}`);
  const input = { department: 'samr', title: '基准清单', effectiveFrom: '2025-01-01', items };
  const v1: Checklist = createChecklist(input);
  const changes: ChecklistChange[] = Array.from({ length: 100 }, (_, i) => ({
    op: 'update',
    code: `SJ-${String(i * 97).padStart(5, '0')}`,
    set: { priority: 'key', content: `调整后的检查内容${i}` },
  }));
  const v2 = reviseChecklist(v1, changes, { reason: '基准', legalBasisChangedOn: '2025-09-26' });
  let sink = 0;
  const results = [
    await measure('checklists: import 10k rows (Chinese headers)', () => {
      sink += importChecklistItems(sheet).accepted.length;
    }),
    await measure('checklists: create a 10k-item checklist', () => {
      sink += createChecklist(input).digest.length;
    }),
    await measure('checklists: revise 100 of 10k items', () => {
      sink += reviseChecklist(v1, changes, { reason: '基准', legalBasisChangedOn: '2025-09-26' }).items
        .length;
    }),
    await measure('checklists: diff two 10k-item versions', () => {
      sink += diffChecklists(v1, v2).changed.length;
    }),
  ];
  if (sink === 0) throw new Error('nothing measured');
  return results;
}

await runIfMain(import.meta.url, run);
