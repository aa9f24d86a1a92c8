import * as z from 'zod/mini';

/**
 * The work guidance of one checklist item (抽查工作指引, 一指引): why it is inspected, what is inspected, how,
 * and the work requirements (为何查、查什么、怎么查、工作要求), 达政办发〔2023〕70号 三（六）. The content,
 * methods and legal basis are the item's own; `guidanceSheet` puts them together.
 */
export interface Guidance {
  /** 为何查: the purpose, the risk the item addresses. */
  readonly why: string;
  /** 查什么: the points to check, in the officer's words. */
  readonly what: string;
  /** 怎么查: how to check (documents to ask for, places to look, tools). */
  readonly how: string;
  /** 工作要求: requirements on the officer (number of officers, records, time limits …). */
  readonly requirements: readonly string[];
}

const text = z.string().check(z.trim(), z.minLength(1, { message: 'Expected a non-empty text' }));

/** Zod schema of a {@link Guidance}. */
export const guidanceSchema = z.strictObject({
  why: text,
  what: text,
  how: text,
  requirements: z.readonly(z.array(text)),
});

/** Where the duty to write guidance for every item comes from. */
export const GUIDANCE_SOURCE = '达政办发〔2023〕70号 三（六）';
