"""Checks test/draw/vectors.json with the Python reference of docs/draw-spec.md §12 (hashlib only).

Usage: python3 check-vectors.py docs/draw-spec.md test/draw/vectors.json
"""
import json, re, sys

spec = open(sys.argv[1], encoding='utf-8').read()
reference = re.search(r'<!-- reference:start -->\s*```python\n(.*?)```\s*<!-- reference:end -->', spec, re.S).group(1)
exec(reference)
data = json.load(open(sys.argv[2], encoding='utf-8'))
failures = 0
def check(name, what, got, want):
    global failures
    if got != want:
        failures += 1; print(f'MISMATCH {name}: {what}\n  got  {got}\n  want {want}'[:600])
for v in data['vectors']:
    i, e, name = v['input'], v['expected'], v['name']
    if v['kind'] == 'ceremony':
        c = commit(i['request'])
        check(name, 'commitment', c, e['commitment'])
        seed = derive_seed(c['digest'], i['randomness'])
        check(name, 'seed', seed, e['seed'])
        rq = i['request']
        rec = draw(rq['pool'], rq['sample'], seed, rq.get('exclude', []), commitment=c, randomness=i['randomness'])
        pool = rq['pool']
    elif v['kind'] == 'changes':
        reps, exts, step, size_now, pool = [], [], 0, None, i['pool']
        for ch in i['changes']:
            step += 1
            cur = draw(pool, i['sample'], i['seed'], i.get('exclude', []), reps, exts)
            if 'extend' in ch:
                for s, st in cur['strata'].items():
                    n = resolve_size(size_for(ch['extend'], s), st['pool'])
                    if n > 0: exts.append({'stratum': s, 'added': n, 'step': step})
            else:
                s = next(t['stratum'] for t in cur['selected'] if t['id'] == nfc(ch['replace']))
                reps.append({'id': nfc(ch['replace']), 'stratum': s, 'reason': ch['reason'], 'step': step})
        rec = draw(pool, i['sample'], i['seed'], i.get('exclude', []), reps, exts)
    else:
        pool = i['pool']
        rec = draw(pool, i['sample'], i['seed'], i.get('exclude', []))
    check(name, 'pool digest', rec['pool']['digest'], e['poolDigest'])
    if 'keys' in e:
        for p in pool:
            check(name, 'key of ' + p['id'], key(rec['seed'], p.get('stratum', ''), p['id']), e['keys'][nfc(p['id'])])
    check(name, 'selected', rec['selected'], e['selected'])
    check(name, 'strata', rec['strata'], e['strata'])
    check(name, 'replacements', rec['replacements'], e['replacements'])
    check(name, 'record digest', rec['digest'], e['recordDigest'])
print(f'{len(data["vectors"])} vectors, {failures} mismatches')
sys.exit(1 if failures else 0)
