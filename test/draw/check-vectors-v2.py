"""Checks test/draw/vectors-v2.json with the Python reference of docs/draw-spec.md §13 (hashlib only).

Usage: python3 check-vectors-v2.py docs/draw-spec.md test/draw/vectors-v2.json
"""
import json, re, sys

spec = open(sys.argv[1], encoding='utf-8').read()
reference = re.search(r'<!-- reference:start -->\s*```python\n(.*?)```\s*<!-- reference:end -->', spec, re.S).group(1)
exec(reference)
data = json.load(open(sys.argv[2], encoding='utf-8'))
failures = 0
for v in data['vectors']:
    i, e = v['input'], v['expected']
    if v['kind'] == 'direct':
        got = draw(i['pool'], i['sample'], i['seed'], i.get('exclude', []))
    else:
        rq = i['request']
        c = commit(rq)
        if c != e['commitment']:
            failures += 1; print(f"MISMATCH {v['name']}: commitment\n  got  {c}"[:600])
        seed, values = derive_seed(c, i['revealed'])
        reps, exts, step = [], [], 0
        for ch in i['changes']:
            step += 1
            cur = draw(rq['pool'], c['sample'], seed, c['exclusions'], reps, exts, c, values)
            if 'extend' in ch: exts += extend(cur, rq['pool'], ch['extend'], step)
            else:
                s = next(t['stratum'] for t in cur['selected'] if t['id'] == nfc(ch['replace']))
                reps.append({'id': nfc(ch['replace']), 'stratum': s, 'reason': ch['reason'], 'step': step})
        got = draw(rq['pool'], c['sample'], seed, c['exclusions'], reps, exts, c, values)
    if got != e['record']:
        failures += 1
        diff = [k for k in set(got) | set(e['record']) if got.get(k) != e['record'].get(k)]
        print(f"MISMATCH {v['name']}: record fields {sorted(diff)}")
print(f'{len(data["vectors"])} vectors, {failures} mismatches')
sys.exit(1 if failures else 0)
