"""
The anchor for the draw benchmark: the algorithm of Ronald L. Rivest's `consistent_sampler` (2018), written here
small and plainly, to time the same work in Python. Each id gets a pseudorandom "ticket number", a fraction in
[0, 1) from SHA-256 of the seed and the id, rounded to a fixed number of decimal digits; ids are sampled in
increasing order of their tickets by popping a heap of all tickets (without replacement: one ticket per id).

Usage: python3 bench/consistent_sampler.py N PERCENT   (prints one JSON line: the milliseconds of each run)
"""

import hashlib
import heapq
import json
import resource
import sys
import time


def first_fraction(seed, item_id):
    """A fraction in [0, 1) from SHA-256 of the seed and the id."""
    digest = hashlib.sha256(f"{seed},{item_id},1".encode("utf-8")).hexdigest()
    return int(digest, 16) / 2**256


def trim(x, digits):
    """The fraction as a string of `digits` decimal digits after the point, rounded down."""
    return "0." + str(int(x * 10**digits)).zfill(digits)


def sampler(ids, seed, digits=9):
    """Yields (ticket, id) in increasing ticket order, each id once."""
    heap = [(trim(first_fraction(seed, i), digits), i) for i in ids]
    heapq.heapify(heap)
    while heap:
        yield heapq.heappop(heap)


def sample(ids, seed, k):
    out = []
    for ticket, item_id in sampler(ids, seed):
        out.append(item_id)
        if len(out) == k:
            break
    return out


def main():
    n = int(sys.argv[1])
    percent = float(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    ids = ["91150621MA%09d" % i for i in range(n)]
    k = int(n * percent / 100)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        drawn = sample(ids, "ab" * 32, k)
        times.append((time.perf_counter() - start) * 1000)
        assert len(drawn) == k
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"runs": times, "k": k, "peakRssMiB": round(peak)}))


if __name__ == "__main__":
    main()
