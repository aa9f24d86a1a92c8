"""Checks the directory digest vectors (vectors-v3.json, vectors-v4.json) with the Python reference of
docs/directories.md (hashlib only), by the version the file names in "algorithm".

Usage: python3 check-vectors.py docs/directories.md test/directories/snapshots/vectors-v4.json [--write]
With --write it writes the expected digests into the vectors instead (the inputs come from make-vectors-v*.mts).
"""
import json, re, sys

spec = open(sys.argv[1], encoding='utf-8').read()
reference = re.search(r'<!-- reference:start -->\s*```python\n(.*?)```\s*<!-- reference:end -->', spec, re.S).group(1)
exec(reference)
data = json.load(open(sys.argv[2], encoding='utf-8'))
version = int(data['algorithm'].split('/')[-1])
failures = 0
for v in data['vectors']:
    got = directory_digest(version, v['kind'], v['entries'], v.get('conflicts', []))
    if '--write' in sys.argv: v['expected'] = got
    elif got != v['expected']:
        failures += 1; print(f"MISMATCH {v['name']}: got {got}")
if '--write' in sys.argv:
    open(sys.argv[2], 'w', encoding='utf-8').write(json.dumps(data, indent=1) + '\n')
print(f'{len(data["vectors"])} vectors, {failures} mismatches')
sys.exit(1 if failures else 0)
