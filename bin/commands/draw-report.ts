/**
 * What `verify-draw` prints besides the verdict (核验说明): the commitment digest and whether it was compared with
 * the published one, and each randomness value with its source and whether it was checked.
 */
import type { DrawVerification } from '../../src/draw/index.js';
import type { Output } from '../framework/output.js';
import { text } from '../framework/text.js';

const STATUS = {
  verified: text('已核验签名', 'signature verified'),
  'not-checked': text(
    '未核验：请与来源公布的结果比对',
    'not checked: compare it with what its source published',
  ),
  refused: text('不符合', 'refused'),
} as const;

/** Prints the commitment and randomness lines of a verification. */
export function reportCeremony(result: DrawVerification, out: Output): void {
  const digest = result.commitmentDigest;
  if (digest === null) {
    out.say(
      text(
        '抽取方式：直接抽取（种子由调用方选定，不是公开抽取）',
        'form: direct (the caller chose the seed; not a ceremony draw)',
      ),
    );
    return;
  }
  const times = result.randomness.flatMap((r) => (r.time === undefined ? [] : [r.time]));
  const before = times.length === 0 ? '' : ` ${[...times].sort()[0]}`;
  if (result.anchor === 'matched')
    out.say(
      text(`承诺摘要：${digest}（与公示的摘要一致）`, `commitment: ${digest} (matches the published digest)`),
    );
  else if (result.anchor === 'mismatch')
    out.say(
      text(`承诺摘要：${digest}（与公示的摘要不一致）`, `commitment: ${digest} (NOT the published digest)`),
    );
  else
    out.say(
      text(
        `承诺摘要：${digest}\n  未比对：请确认该摘要已于随机数产生之前${before}公示（可用 --commitment 传入公示的摘要）`,
        `commitment: ${digest}\n  not compared: check that this digest was published before the randomness existed${before}` +
          ' (give it with --commitment)',
      ),
    );
  for (const r of result.randomness) {
    const status = STATUS[r.status];
    out.say(
      text(
        `随机数 ${r.index + 1}：${r.value}\n  来源：${r.source}（${status.zh}）`,
        `randomness ${r.index + 1}: ${r.value}\n  source: ${r.source} (${status.en})`,
      ),
    );
  }
}
