;; SHA-256 compression (FIPS 180-4 §6.2.2) in 4-lane WebAssembly SIMD: four one-block messages at once (`many`),
;; and one long message whose blocks' schedules are computed four at a time (`compress`). Compiled by
;; `npm run build:wasm` into sha256-wasm-bytes.ts. It shares the memory of sha256.wat (the round constants at 0;
;; its 4-lane schedule at [512, 1536): W[t] of four blocks in one v128, which `compress` turns into K[t] + W[t]
;; and each entry point writes afresh before reading) and hands a remainder of fewer than four messages or
;; blocks to that module's scalar `many` or `compress`.
(module
  (import "sha256" "memory" (memory 1))
  (import "sha256" "many" (func $many (param i32 i32 i32 i32 i32)))
  (import "sha256" "compress" (func $compress (param i32 i32 i32)))

  ;; For i in [0, $count): out[i] = compress(states[lanes[i]], block at blocks[i]), as sha256.wat's `many`.
  (func (export "many") (param $states i32) (param $lanes i32) (param $blocks i32) (param $out i32)
    (param $count i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32) (local $i i32) (local $w i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $p3 i32)
    (local $x v128)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    (local $e v128) (local $f v128) (local $g v128) (local $h v128)
    (local $a0 v128) (local $b0 v128) (local $c0 v128) (local $d0 v128)
    (local $e0 v128) (local $f0 v128) (local $g0 v128) (local $h0 v128)
    (block $tail
      (br_if $tail (i32.lt_u (local.get $count) (i32.const 4)))
      (loop $quad
    (local.set $s0 (i32.add (local.get $states) (i32.shl (i32.load offset=0 (local.get $lanes)) (i32.const 5))))
    (local.set $s1 (i32.add (local.get $states) (i32.shl (i32.load offset=4 (local.get $lanes)) (i32.const 5))))
    (local.set $s2 (i32.add (local.get $states) (i32.shl (i32.load offset=8 (local.get $lanes)) (i32.const 5))))
    (local.set $s3 (i32.add (local.get $states) (i32.shl (i32.load offset=12 (local.get $lanes)) (i32.const 5))))
    (local.set $p0 (i32.load offset=0 (local.get $blocks)))
    (local.set $p1 (i32.load offset=4 (local.get $blocks)))
    (local.set $p2 (i32.load offset=8 (local.get $blocks)))
    (local.set $p3 (i32.load offset=12 (local.get $blocks)))
    (call $schedule (local.get $p0) (local.get $p1) (local.get $p2) (local.get $p3))
    ;; the four chaining states, transposed into lanes
    (local.set $a0
      (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1
        (i32x4.splat (i32.load offset=0 (local.get $s0)))
        (i32.load offset=0 (local.get $s1))) (i32.load offset=0 (local.get $s2)))
        (i32.load offset=0 (local.get $s3))))
    (local.set $a (local.get $a0))
    (local.set $b0
      (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1
        (i32x4.splat (i32.load offset=4 (local.get $s0)))
        (i32.load offset=4 (local.get $s1))) (i32.load offset=4 (local.get $s2)))
        (i32.load offset=4 (local.get $s3))))
    (local.set $b (local.get $b0))
    (local.set $c0
      (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1
        (i32x4.splat (i32.load offset=8 (local.get $s0)))
        (i32.load offset=8 (local.get $s1))) (i32.load offset=8 (local.get $s2)))
        (i32.load offset=8 (local.get $s3))))
    (local.set $c (local.get $c0))
    (local.set $d0
      (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1
        (i32x4.splat (i32.load offset=12 (local.get $s0)))
        (i32.load offset=12 (local.get $s1))) (i32.load offset=12 (local.get $s2)))
        (i32.load offset=12 (local.get $s3))))
    (local.set $d (local.get $d0))
    (local.set $e0
      (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1
        (i32x4.splat (i32.load offset=16 (local.get $s0)))
        (i32.load offset=16 (local.get $s1))) (i32.load offset=16 (local.get $s2)))
        (i32.load offset=16 (local.get $s3))))
    (local.set $e (local.get $e0))
    (local.set $f0
      (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1
        (i32x4.splat (i32.load offset=20 (local.get $s0)))
        (i32.load offset=20 (local.get $s1))) (i32.load offset=20 (local.get $s2)))
        (i32.load offset=20 (local.get $s3))))
    (local.set $f (local.get $f0))
    (local.set $g0
      (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1
        (i32x4.splat (i32.load offset=24 (local.get $s0)))
        (i32.load offset=24 (local.get $s1))) (i32.load offset=24 (local.get $s2)))
        (i32.load offset=24 (local.get $s3))))
    (local.set $g (local.get $g0))
    (local.set $h0
      (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1
        (i32x4.splat (i32.load offset=28 (local.get $s0)))
        (i32.load offset=28 (local.get $s1))) (i32.load offset=28 (local.get $s2)))
        (i32.load offset=28 (local.get $s3))))
    (local.set $h (local.get $h0))
    ;; 64 rounds, eight at a time so that the working variables rotate by name: $i walks K (4 bytes a round),
    ;; $w the 4-lane schedule (16 bytes a round)
    (local.set $i (i32.const 0))
    (local.set $w (i32.const 512))
    (loop $round
      ;; round t + 0: T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t]; d += T1; h = T1 + Σ0(a) + Maj(a, b, c)
      (local.set $x
        (i32x4.add
          (i32x4.add (local.get $h) (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $e) (i32.const 6)) (i32x4.shl (local.get $e) (i32.const 26))) (v128.or (i32x4.shr_u (local.get $e) (i32.const 11)) (i32x4.shl (local.get $e) (i32.const 21)))) (v128.or (i32x4.shr_u (local.get $e) (i32.const 25)) (i32x4.shl (local.get $e) (i32.const 7)))))
          (i32x4.add (v128.bitselect (local.get $f) (local.get $g) (local.get $e))
            (i32x4.add (i32x4.splat (i32.load offset=0 (local.get $i))) (v128.load offset=0 (local.get $w))))))
      (local.set $d (i32x4.add (local.get $d) (local.get $x)))
      (local.set $h
        (i32x4.add (local.get $x)
          (i32x4.add (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $a) (i32.const 2)) (i32x4.shl (local.get $a) (i32.const 30))) (v128.or (i32x4.shr_u (local.get $a) (i32.const 13)) (i32x4.shl (local.get $a) (i32.const 19)))) (v128.or (i32x4.shr_u (local.get $a) (i32.const 22)) (i32x4.shl (local.get $a) (i32.const 10))))
            (v128.bitselect (local.get $c) (local.get $a) (v128.xor (local.get $a) (local.get $b))))))
      ;; round t + 1: T1 = g + Σ1(d) + Ch(d, e, f) + K[t] + W[t]; c += T1; g = T1 + Σ0(h) + Maj(h, a, b)
      (local.set $x
        (i32x4.add
          (i32x4.add (local.get $g) (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $d) (i32.const 6)) (i32x4.shl (local.get $d) (i32.const 26))) (v128.or (i32x4.shr_u (local.get $d) (i32.const 11)) (i32x4.shl (local.get $d) (i32.const 21)))) (v128.or (i32x4.shr_u (local.get $d) (i32.const 25)) (i32x4.shl (local.get $d) (i32.const 7)))))
          (i32x4.add (v128.bitselect (local.get $e) (local.get $f) (local.get $d))
            (i32x4.add (i32x4.splat (i32.load offset=4 (local.get $i))) (v128.load offset=16 (local.get $w))))))
      (local.set $c (i32x4.add (local.get $c) (local.get $x)))
      (local.set $g
        (i32x4.add (local.get $x)
          (i32x4.add (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $h) (i32.const 2)) (i32x4.shl (local.get $h) (i32.const 30))) (v128.or (i32x4.shr_u (local.get $h) (i32.const 13)) (i32x4.shl (local.get $h) (i32.const 19)))) (v128.or (i32x4.shr_u (local.get $h) (i32.const 22)) (i32x4.shl (local.get $h) (i32.const 10))))
            (v128.bitselect (local.get $b) (local.get $h) (v128.xor (local.get $h) (local.get $a))))))
      ;; round t + 2: T1 = f + Σ1(c) + Ch(c, d, e) + K[t] + W[t]; b += T1; f = T1 + Σ0(g) + Maj(g, h, a)
      (local.set $x
        (i32x4.add
          (i32x4.add (local.get $f) (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $c) (i32.const 6)) (i32x4.shl (local.get $c) (i32.const 26))) (v128.or (i32x4.shr_u (local.get $c) (i32.const 11)) (i32x4.shl (local.get $c) (i32.const 21)))) (v128.or (i32x4.shr_u (local.get $c) (i32.const 25)) (i32x4.shl (local.get $c) (i32.const 7)))))
          (i32x4.add (v128.bitselect (local.get $d) (local.get $e) (local.get $c))
            (i32x4.add (i32x4.splat (i32.load offset=8 (local.get $i))) (v128.load offset=32 (local.get $w))))))
      (local.set $b (i32x4.add (local.get $b) (local.get $x)))
      (local.set $f
        (i32x4.add (local.get $x)
          (i32x4.add (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $g) (i32.const 2)) (i32x4.shl (local.get $g) (i32.const 30))) (v128.or (i32x4.shr_u (local.get $g) (i32.const 13)) (i32x4.shl (local.get $g) (i32.const 19)))) (v128.or (i32x4.shr_u (local.get $g) (i32.const 22)) (i32x4.shl (local.get $g) (i32.const 10))))
            (v128.bitselect (local.get $a) (local.get $g) (v128.xor (local.get $g) (local.get $h))))))
      ;; round t + 3: T1 = e + Σ1(b) + Ch(b, c, d) + K[t] + W[t]; a += T1; e = T1 + Σ0(f) + Maj(f, g, h)
      (local.set $x
        (i32x4.add
          (i32x4.add (local.get $e) (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $b) (i32.const 6)) (i32x4.shl (local.get $b) (i32.const 26))) (v128.or (i32x4.shr_u (local.get $b) (i32.const 11)) (i32x4.shl (local.get $b) (i32.const 21)))) (v128.or (i32x4.shr_u (local.get $b) (i32.const 25)) (i32x4.shl (local.get $b) (i32.const 7)))))
          (i32x4.add (v128.bitselect (local.get $c) (local.get $d) (local.get $b))
            (i32x4.add (i32x4.splat (i32.load offset=12 (local.get $i))) (v128.load offset=48 (local.get $w))))))
      (local.set $a (i32x4.add (local.get $a) (local.get $x)))
      (local.set $e
        (i32x4.add (local.get $x)
          (i32x4.add (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $f) (i32.const 2)) (i32x4.shl (local.get $f) (i32.const 30))) (v128.or (i32x4.shr_u (local.get $f) (i32.const 13)) (i32x4.shl (local.get $f) (i32.const 19)))) (v128.or (i32x4.shr_u (local.get $f) (i32.const 22)) (i32x4.shl (local.get $f) (i32.const 10))))
            (v128.bitselect (local.get $h) (local.get $f) (v128.xor (local.get $f) (local.get $g))))))
      ;; round t + 4: T1 = d + Σ1(a) + Ch(a, b, c) + K[t] + W[t]; h += T1; d = T1 + Σ0(e) + Maj(e, f, g)
      (local.set $x
        (i32x4.add
          (i32x4.add (local.get $d) (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $a) (i32.const 6)) (i32x4.shl (local.get $a) (i32.const 26))) (v128.or (i32x4.shr_u (local.get $a) (i32.const 11)) (i32x4.shl (local.get $a) (i32.const 21)))) (v128.or (i32x4.shr_u (local.get $a) (i32.const 25)) (i32x4.shl (local.get $a) (i32.const 7)))))
          (i32x4.add (v128.bitselect (local.get $b) (local.get $c) (local.get $a))
            (i32x4.add (i32x4.splat (i32.load offset=16 (local.get $i))) (v128.load offset=64 (local.get $w))))))
      (local.set $h (i32x4.add (local.get $h) (local.get $x)))
      (local.set $d
        (i32x4.add (local.get $x)
          (i32x4.add (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $e) (i32.const 2)) (i32x4.shl (local.get $e) (i32.const 30))) (v128.or (i32x4.shr_u (local.get $e) (i32.const 13)) (i32x4.shl (local.get $e) (i32.const 19)))) (v128.or (i32x4.shr_u (local.get $e) (i32.const 22)) (i32x4.shl (local.get $e) (i32.const 10))))
            (v128.bitselect (local.get $g) (local.get $e) (v128.xor (local.get $e) (local.get $f))))))
      ;; round t + 5: T1 = c + Σ1(h) + Ch(h, a, b) + K[t] + W[t]; g += T1; c = T1 + Σ0(d) + Maj(d, e, f)
      (local.set $x
        (i32x4.add
          (i32x4.add (local.get $c) (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $h) (i32.const 6)) (i32x4.shl (local.get $h) (i32.const 26))) (v128.or (i32x4.shr_u (local.get $h) (i32.const 11)) (i32x4.shl (local.get $h) (i32.const 21)))) (v128.or (i32x4.shr_u (local.get $h) (i32.const 25)) (i32x4.shl (local.get $h) (i32.const 7)))))
          (i32x4.add (v128.bitselect (local.get $a) (local.get $b) (local.get $h))
            (i32x4.add (i32x4.splat (i32.load offset=20 (local.get $i))) (v128.load offset=80 (local.get $w))))))
      (local.set $g (i32x4.add (local.get $g) (local.get $x)))
      (local.set $c
        (i32x4.add (local.get $x)
          (i32x4.add (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $d) (i32.const 2)) (i32x4.shl (local.get $d) (i32.const 30))) (v128.or (i32x4.shr_u (local.get $d) (i32.const 13)) (i32x4.shl (local.get $d) (i32.const 19)))) (v128.or (i32x4.shr_u (local.get $d) (i32.const 22)) (i32x4.shl (local.get $d) (i32.const 10))))
            (v128.bitselect (local.get $f) (local.get $d) (v128.xor (local.get $d) (local.get $e))))))
      ;; round t + 6: T1 = b + Σ1(g) + Ch(g, h, a) + K[t] + W[t]; f += T1; b = T1 + Σ0(c) + Maj(c, d, e)
      (local.set $x
        (i32x4.add
          (i32x4.add (local.get $b) (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $g) (i32.const 6)) (i32x4.shl (local.get $g) (i32.const 26))) (v128.or (i32x4.shr_u (local.get $g) (i32.const 11)) (i32x4.shl (local.get $g) (i32.const 21)))) (v128.or (i32x4.shr_u (local.get $g) (i32.const 25)) (i32x4.shl (local.get $g) (i32.const 7)))))
          (i32x4.add (v128.bitselect (local.get $h) (local.get $a) (local.get $g))
            (i32x4.add (i32x4.splat (i32.load offset=24 (local.get $i))) (v128.load offset=96 (local.get $w))))))
      (local.set $f (i32x4.add (local.get $f) (local.get $x)))
      (local.set $b
        (i32x4.add (local.get $x)
          (i32x4.add (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $c) (i32.const 2)) (i32x4.shl (local.get $c) (i32.const 30))) (v128.or (i32x4.shr_u (local.get $c) (i32.const 13)) (i32x4.shl (local.get $c) (i32.const 19)))) (v128.or (i32x4.shr_u (local.get $c) (i32.const 22)) (i32x4.shl (local.get $c) (i32.const 10))))
            (v128.bitselect (local.get $e) (local.get $c) (v128.xor (local.get $c) (local.get $d))))))
      ;; round t + 7: T1 = a + Σ1(f) + Ch(f, g, h) + K[t] + W[t]; e += T1; a = T1 + Σ0(b) + Maj(b, c, d)
      (local.set $x
        (i32x4.add
          (i32x4.add (local.get $a) (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $f) (i32.const 6)) (i32x4.shl (local.get $f) (i32.const 26))) (v128.or (i32x4.shr_u (local.get $f) (i32.const 11)) (i32x4.shl (local.get $f) (i32.const 21)))) (v128.or (i32x4.shr_u (local.get $f) (i32.const 25)) (i32x4.shl (local.get $f) (i32.const 7)))))
          (i32x4.add (v128.bitselect (local.get $g) (local.get $h) (local.get $f))
            (i32x4.add (i32x4.splat (i32.load offset=28 (local.get $i))) (v128.load offset=112 (local.get $w))))))
      (local.set $e (i32x4.add (local.get $e) (local.get $x)))
      (local.set $a
        (i32x4.add (local.get $x)
          (i32x4.add (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $b) (i32.const 2)) (i32x4.shl (local.get $b) (i32.const 30))) (v128.or (i32x4.shr_u (local.get $b) (i32.const 13)) (i32x4.shl (local.get $b) (i32.const 19)))) (v128.or (i32x4.shr_u (local.get $b) (i32.const 22)) (i32x4.shl (local.get $b) (i32.const 10))))
            (v128.bitselect (local.get $d) (local.get $b) (v128.xor (local.get $b) (local.get $c))))))
      (local.set $w (i32.add (local.get $w) (i32.const 128)))
      (br_if $round (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 32))) (i32.const 256))))
    ;; add the chaining states back and write each lane's eight words
    (local.set $x (i32x4.add (local.get $a0) (local.get $a)))
    (i32.store offset=0 (local.get $out) (i32x4.extract_lane 0 (local.get $x)))
    (i32.store offset=32 (local.get $out) (i32x4.extract_lane 1 (local.get $x)))
    (i32.store offset=64 (local.get $out) (i32x4.extract_lane 2 (local.get $x)))
    (i32.store offset=96 (local.get $out) (i32x4.extract_lane 3 (local.get $x)))
    (local.set $x (i32x4.add (local.get $b0) (local.get $b)))
    (i32.store offset=4 (local.get $out) (i32x4.extract_lane 0 (local.get $x)))
    (i32.store offset=36 (local.get $out) (i32x4.extract_lane 1 (local.get $x)))
    (i32.store offset=68 (local.get $out) (i32x4.extract_lane 2 (local.get $x)))
    (i32.store offset=100 (local.get $out) (i32x4.extract_lane 3 (local.get $x)))
    (local.set $x (i32x4.add (local.get $c0) (local.get $c)))
    (i32.store offset=8 (local.get $out) (i32x4.extract_lane 0 (local.get $x)))
    (i32.store offset=40 (local.get $out) (i32x4.extract_lane 1 (local.get $x)))
    (i32.store offset=72 (local.get $out) (i32x4.extract_lane 2 (local.get $x)))
    (i32.store offset=104 (local.get $out) (i32x4.extract_lane 3 (local.get $x)))
    (local.set $x (i32x4.add (local.get $d0) (local.get $d)))
    (i32.store offset=12 (local.get $out) (i32x4.extract_lane 0 (local.get $x)))
    (i32.store offset=44 (local.get $out) (i32x4.extract_lane 1 (local.get $x)))
    (i32.store offset=76 (local.get $out) (i32x4.extract_lane 2 (local.get $x)))
    (i32.store offset=108 (local.get $out) (i32x4.extract_lane 3 (local.get $x)))
    (local.set $x (i32x4.add (local.get $e0) (local.get $e)))
    (i32.store offset=16 (local.get $out) (i32x4.extract_lane 0 (local.get $x)))
    (i32.store offset=48 (local.get $out) (i32x4.extract_lane 1 (local.get $x)))
    (i32.store offset=80 (local.get $out) (i32x4.extract_lane 2 (local.get $x)))
    (i32.store offset=112 (local.get $out) (i32x4.extract_lane 3 (local.get $x)))
    (local.set $x (i32x4.add (local.get $f0) (local.get $f)))
    (i32.store offset=20 (local.get $out) (i32x4.extract_lane 0 (local.get $x)))
    (i32.store offset=52 (local.get $out) (i32x4.extract_lane 1 (local.get $x)))
    (i32.store offset=84 (local.get $out) (i32x4.extract_lane 2 (local.get $x)))
    (i32.store offset=116 (local.get $out) (i32x4.extract_lane 3 (local.get $x)))
    (local.set $x (i32x4.add (local.get $g0) (local.get $g)))
    (i32.store offset=24 (local.get $out) (i32x4.extract_lane 0 (local.get $x)))
    (i32.store offset=56 (local.get $out) (i32x4.extract_lane 1 (local.get $x)))
    (i32.store offset=88 (local.get $out) (i32x4.extract_lane 2 (local.get $x)))
    (i32.store offset=120 (local.get $out) (i32x4.extract_lane 3 (local.get $x)))
    (local.set $x (i32x4.add (local.get $h0) (local.get $h)))
    (i32.store offset=28 (local.get $out) (i32x4.extract_lane 0 (local.get $x)))
    (i32.store offset=60 (local.get $out) (i32x4.extract_lane 1 (local.get $x)))
    (i32.store offset=92 (local.get $out) (i32x4.extract_lane 2 (local.get $x)))
    (i32.store offset=124 (local.get $out) (i32x4.extract_lane 3 (local.get $x)))
        (local.set $lanes (i32.add (local.get $lanes) (i32.const 16)))
        (local.set $blocks (i32.add (local.get $blocks) (i32.const 16)))
        (local.set $out (i32.add (local.get $out) (i32.const 128)))
        (br_if $quad (i32.ge_u (local.tee $count (i32.sub (local.get $count) (i32.const 4))) (i32.const 4)))))
    (call $many (local.get $states) (local.get $lanes) (local.get $blocks) (local.get $out) (local.get $count)))

  ;; The schedules of the blocks at $p0..$p3 side by side into [512, 1536): W[t] of the four in one v128.
  (func $schedule (param $p0 i32) (param $p1 i32) (param $p2 i32) (param $p3 i32)
    (local $i i32) (local $w i32)
    (local $r0 v128) (local $r1 v128) (local $r2 v128) (local $r3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128) (local $x v128) (local $y v128)
    ;; W[0..16): four words of each block at a time, byte-swapped and transposed into lanes
    (local.set $i (i32.const 0))
    (loop $load
      (local.set $r0 (v128.load (i32.add (local.get $p0) (local.get $i))))
      (local.set $r1 (v128.load (i32.add (local.get $p1) (local.get $i))))
      (local.set $r2 (v128.load (i32.add (local.get $p2) (local.get $i))))
      (local.set $r3 (v128.load (i32.add (local.get $p3) (local.get $i))))
      (local.set $t0 (i8x16.shuffle 3 2 1 0 19 18 17 16 7 6 5 4 23 22 21 20 (local.get $r0) (local.get $r1)))
      (local.set $t1 (i8x16.shuffle 11 10 9 8 27 26 25 24 15 14 13 12 31 30 29 28 (local.get $r0) (local.get $r1)))
      (local.set $t2 (i8x16.shuffle 3 2 1 0 19 18 17 16 7 6 5 4 23 22 21 20 (local.get $r2) (local.get $r3)))
      (local.set $t3 (i8x16.shuffle 11 10 9 8 27 26 25 24 15 14 13 12 31 30 29 28 (local.get $r2) (local.get $r3)))
      (local.set $w (i32.add (i32.const 512) (i32.shl (local.get $i) (i32.const 2))))
      (v128.store offset=0 (local.get $w)
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
      (v128.store offset=16 (local.get $w)
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
      (v128.store offset=32 (local.get $w)
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
      (v128.store offset=48 (local.get $w)
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
      (br_if $load (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 16))) (i32.const 64))))
    ;; W[16..64): W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], lane by lane
    (local.set $w (i32.const 768))
    (loop $expand
      (local.set $x (v128.load (i32.sub (local.get $w) (i32.const 240))))
      (local.set $y (v128.load (i32.sub (local.get $w) (i32.const 32))))
      (v128.store (local.get $w)
        (i32x4.add
          (i32x4.add (v128.load (i32.sub (local.get $w) (i32.const 256))) (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $x) (i32.const 7)) (i32x4.shl (local.get $x) (i32.const 25))) (v128.or (i32x4.shr_u (local.get $x) (i32.const 18)) (i32x4.shl (local.get $x) (i32.const 14)))) (i32x4.shr_u (local.get $x) (i32.const 3))))
          (i32x4.add (v128.load (i32.sub (local.get $w) (i32.const 112))) (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $y) (i32.const 17)) (i32x4.shl (local.get $y) (i32.const 15))) (v128.or (i32x4.shr_u (local.get $y) (i32.const 19)) (i32x4.shl (local.get $y) (i32.const 13)))) (i32x4.shr_u (local.get $y) (i32.const 10))))))
      (br_if $expand (i32.lt_u (local.tee $w (i32.add (local.get $w) (i32.const 16))) (i32.const 1536)))))

  ;; Compresses `$count` consecutive blocks at `$data` into the chaining state at `$state`, as sha256.wat's
  ;; `compress`: four blocks at a time, their schedules computed side by side in lanes (a third of the work of a
  ;; compression) and their rounds one block after another; a remainder of fewer than four goes to that module.
  (func (export "compress") (param $state i32) (param $data i32) (param $count i32)
    (local $lane i32)
    (block $tail
      (br_if $tail (i32.lt_u (local.get $count) (i32.const 4)))
      (loop $quad
        (call $schedule (local.get $data) (i32.add (local.get $data) (i32.const 64))
          (i32.add (local.get $data) (i32.const 128)) (i32.add (local.get $data) (i32.const 192)))
        ;; K[t] added to the four W[t] at once: the rounds then read one word
        (local.set $lane (i32.const 0))
        (loop $constants
          (v128.store offset=512 (i32.shl (local.get $lane) (i32.const 2))
            (i32x4.add (v128.load offset=512 (i32.shl (local.get $lane) (i32.const 2)))
              (i32x4.splat (i32.load (local.get $lane)))))
          (br_if $constants (i32.lt_u (local.tee $lane (i32.add (local.get $lane) (i32.const 4))) (i32.const 256))))
        (local.set $lane (i32.const 512))
        (loop $block
          (call $rounds (local.get $state) (local.get $lane))
          (br_if $block (i32.lt_u (local.tee $lane (i32.add (local.get $lane) (i32.const 4))) (i32.const 528))))
        (local.set $data (i32.add (local.get $data) (i32.const 256)))
        (br_if $quad (i32.ge_u (local.tee $count (i32.sub (local.get $count) (i32.const 4))) (i32.const 4)))))
    (if (local.get $count)
      (then (call $compress (local.get $state) (local.get $data) (local.get $count)))))

  ;; The 64 rounds of one block on the chaining state at $state (updated in place), W[t] read from the lane at
  ;; $w + 16 t of the 4-lane schedule, which holds K[t] + W[t]. Eight rounds at a time, so that the working
  ;; variables rotate by name; $k counts the eights.
  (func $rounds (param $state i32) (param $w i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $f i32) (local $g i32) (local $h i32)
    (local $t i32) (local $k i32)
    (local.set $a (i32.load offset=0 (local.get $state)))
    (local.set $b (i32.load offset=4 (local.get $state)))
    (local.set $c (i32.load offset=8 (local.get $state)))
    (local.set $d (i32.load offset=12 (local.get $state)))
    (local.set $e (i32.load offset=16 (local.get $state)))
    (local.set $f (i32.load offset=20 (local.get $state)))
    (local.set $g (i32.load offset=24 (local.get $state)))
    (local.set $h (i32.load offset=28 (local.get $state)))
    (loop $eight
      ;; round t + 0: T1 = h + Σ1(e) + Ch(e, f, g) + (K + W)[t]; d += T1; h = T1 + Σ0(a) + Maj(a, b, c)
      (local.set $t
        (i32.add
          (i32.add (local.get $h)
            (i32.xor (i32.xor (i32.rotr (local.get $e) (i32.const 6)) (i32.rotr (local.get $e) (i32.const 11))) (i32.rotr (local.get $e) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $g) (i32.and (local.get $e) (i32.xor (local.get $f) (local.get $g))))
            (i32.load offset=0 (local.get $w)))))
      (local.set $d (i32.add (local.get $d) (local.get $t)))
      (local.set $h
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $a) (i32.const 2)) (i32.rotr (local.get $a) (i32.const 13))) (i32.rotr (local.get $a) (i32.const 22)))
            (i32.or (i32.and (local.get $a) (local.get $b)) (i32.and (local.get $c) (i32.or (local.get $a) (local.get $b)))))))
      ;; round t + 1: T1 = g + Σ1(d) + Ch(d, e, f) + (K + W)[t]; c += T1; g = T1 + Σ0(h) + Maj(h, a, b)
      (local.set $t
        (i32.add
          (i32.add (local.get $g)
            (i32.xor (i32.xor (i32.rotr (local.get $d) (i32.const 6)) (i32.rotr (local.get $d) (i32.const 11))) (i32.rotr (local.get $d) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $f) (i32.and (local.get $d) (i32.xor (local.get $e) (local.get $f))))
            (i32.load offset=16 (local.get $w)))))
      (local.set $c (i32.add (local.get $c) (local.get $t)))
      (local.set $g
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $h) (i32.const 2)) (i32.rotr (local.get $h) (i32.const 13))) (i32.rotr (local.get $h) (i32.const 22)))
            (i32.or (i32.and (local.get $h) (local.get $a)) (i32.and (local.get $b) (i32.or (local.get $h) (local.get $a)))))))
      ;; round t + 2: T1 = f + Σ1(c) + Ch(c, d, e) + (K + W)[t]; b += T1; f = T1 + Σ0(g) + Maj(g, h, a)
      (local.set $t
        (i32.add
          (i32.add (local.get $f)
            (i32.xor (i32.xor (i32.rotr (local.get $c) (i32.const 6)) (i32.rotr (local.get $c) (i32.const 11))) (i32.rotr (local.get $c) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $e) (i32.and (local.get $c) (i32.xor (local.get $d) (local.get $e))))
            (i32.load offset=32 (local.get $w)))))
      (local.set $b (i32.add (local.get $b) (local.get $t)))
      (local.set $f
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $g) (i32.const 2)) (i32.rotr (local.get $g) (i32.const 13))) (i32.rotr (local.get $g) (i32.const 22)))
            (i32.or (i32.and (local.get $g) (local.get $h)) (i32.and (local.get $a) (i32.or (local.get $g) (local.get $h)))))))
      ;; round t + 3: T1 = e + Σ1(b) + Ch(b, c, d) + (K + W)[t]; a += T1; e = T1 + Σ0(f) + Maj(f, g, h)
      (local.set $t
        (i32.add
          (i32.add (local.get $e)
            (i32.xor (i32.xor (i32.rotr (local.get $b) (i32.const 6)) (i32.rotr (local.get $b) (i32.const 11))) (i32.rotr (local.get $b) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $d) (i32.and (local.get $b) (i32.xor (local.get $c) (local.get $d))))
            (i32.load offset=48 (local.get $w)))))
      (local.set $a (i32.add (local.get $a) (local.get $t)))
      (local.set $e
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $f) (i32.const 2)) (i32.rotr (local.get $f) (i32.const 13))) (i32.rotr (local.get $f) (i32.const 22)))
            (i32.or (i32.and (local.get $f) (local.get $g)) (i32.and (local.get $h) (i32.or (local.get $f) (local.get $g)))))))
      ;; round t + 4: T1 = d + Σ1(a) + Ch(a, b, c) + (K + W)[t]; h += T1; d = T1 + Σ0(e) + Maj(e, f, g)
      (local.set $t
        (i32.add
          (i32.add (local.get $d)
            (i32.xor (i32.xor (i32.rotr (local.get $a) (i32.const 6)) (i32.rotr (local.get $a) (i32.const 11))) (i32.rotr (local.get $a) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $c) (i32.and (local.get $a) (i32.xor (local.get $b) (local.get $c))))
            (i32.load offset=64 (local.get $w)))))
      (local.set $h (i32.add (local.get $h) (local.get $t)))
      (local.set $d
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $e) (i32.const 2)) (i32.rotr (local.get $e) (i32.const 13))) (i32.rotr (local.get $e) (i32.const 22)))
            (i32.or (i32.and (local.get $e) (local.get $f)) (i32.and (local.get $g) (i32.or (local.get $e) (local.get $f)))))))
      ;; round t + 5: T1 = c + Σ1(h) + Ch(h, a, b) + (K + W)[t]; g += T1; c = T1 + Σ0(d) + Maj(d, e, f)
      (local.set $t
        (i32.add
          (i32.add (local.get $c)
            (i32.xor (i32.xor (i32.rotr (local.get $h) (i32.const 6)) (i32.rotr (local.get $h) (i32.const 11))) (i32.rotr (local.get $h) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $b) (i32.and (local.get $h) (i32.xor (local.get $a) (local.get $b))))
            (i32.load offset=80 (local.get $w)))))
      (local.set $g (i32.add (local.get $g) (local.get $t)))
      (local.set $c
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $d) (i32.const 2)) (i32.rotr (local.get $d) (i32.const 13))) (i32.rotr (local.get $d) (i32.const 22)))
            (i32.or (i32.and (local.get $d) (local.get $e)) (i32.and (local.get $f) (i32.or (local.get $d) (local.get $e)))))))
      ;; round t + 6: T1 = b + Σ1(g) + Ch(g, h, a) + (K + W)[t]; f += T1; b = T1 + Σ0(c) + Maj(c, d, e)
      (local.set $t
        (i32.add
          (i32.add (local.get $b)
            (i32.xor (i32.xor (i32.rotr (local.get $g) (i32.const 6)) (i32.rotr (local.get $g) (i32.const 11))) (i32.rotr (local.get $g) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $a) (i32.and (local.get $g) (i32.xor (local.get $h) (local.get $a))))
            (i32.load offset=96 (local.get $w)))))
      (local.set $f (i32.add (local.get $f) (local.get $t)))
      (local.set $b
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $c) (i32.const 2)) (i32.rotr (local.get $c) (i32.const 13))) (i32.rotr (local.get $c) (i32.const 22)))
            (i32.or (i32.and (local.get $c) (local.get $d)) (i32.and (local.get $e) (i32.or (local.get $c) (local.get $d)))))))
      ;; round t + 7: T1 = a + Σ1(f) + Ch(f, g, h) + (K + W)[t]; e += T1; a = T1 + Σ0(b) + Maj(b, c, d)
      (local.set $t
        (i32.add
          (i32.add (local.get $a)
            (i32.xor (i32.xor (i32.rotr (local.get $f) (i32.const 6)) (i32.rotr (local.get $f) (i32.const 11))) (i32.rotr (local.get $f) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $h) (i32.and (local.get $f) (i32.xor (local.get $g) (local.get $h))))
            (i32.load offset=112 (local.get $w)))))
      (local.set $e (i32.add (local.get $e) (local.get $t)))
      (local.set $a
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $b) (i32.const 2)) (i32.rotr (local.get $b) (i32.const 13))) (i32.rotr (local.get $b) (i32.const 22)))
            (i32.or (i32.and (local.get $b) (local.get $c)) (i32.and (local.get $d) (i32.or (local.get $b) (local.get $c)))))))
      (local.set $w (i32.add (local.get $w) (i32.const 128)))
      (br_if $eight (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 1))) (i32.const 8))))
    (i32.store offset=0 (local.get $state) (i32.add (i32.load offset=0 (local.get $state)) (local.get $a)))
    (i32.store offset=4 (local.get $state) (i32.add (i32.load offset=4 (local.get $state)) (local.get $b)))
    (i32.store offset=8 (local.get $state) (i32.add (i32.load offset=8 (local.get $state)) (local.get $c)))
    (i32.store offset=12 (local.get $state) (i32.add (i32.load offset=12 (local.get $state)) (local.get $d)))
    (i32.store offset=16 (local.get $state) (i32.add (i32.load offset=16 (local.get $state)) (local.get $e)))
    (i32.store offset=20 (local.get $state) (i32.add (i32.load offset=20 (local.get $state)) (local.get $f)))
    (i32.store offset=24 (local.get $state) (i32.add (i32.load offset=24 (local.get $state)) (local.get $g)))
    (i32.store offset=28 (local.get $state) (i32.add (i32.load offset=28 (local.get $state)) (local.get $h))))
)
