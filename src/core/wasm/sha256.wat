;; SHA-256 compression (FIPS 180-4 §6.2.2), scalar. Compiled by `npm run build:wasm` into sha256-wasm-bytes.ts.
;;
;; Memory (one page at least; the host grows it for its batches):
;;   [0, 256)     the 64 round constants K, as 32-bit words
;;   [256, 512)   unused (the scalar schedule is held in locals)
;;   [512, 1536)  reserved for the 4-lane schedule of sha256-simd.wat
;;   [2048, ...)  the host's: chaining states, blocks, lane indexes, outputs
;; Chaining words are stored as plain i32 (their value, in the host's byte order); message blocks as the bytes of
;; the message (big-endian words, as the standard reads them).
(module
  (memory (export "memory") 1)
  (data (i32.const 0)
    "\98\2f\8a\42\91\44\37\71\cf\fb\c0\b5\a5\db\b5\e9\5b\c2\56\39\f1\11\f1\59\a4\82\3f\92\d5\5e\1c\ab"
    "\98\aa\07\d8\01\5b\83\12\be\85\31\24\c3\7d\0c\55\74\5d\be\72\fe\b1\de\80\a7\06\dc\9b\74\f1\9b\c1"
    "\c1\69\9b\e4\86\47\be\ef\c6\9d\c1\0f\cc\a1\0c\24\6f\2c\e9\2d\aa\84\74\4a\dc\a9\b0\5c\da\88\f9\76"
    "\52\51\3e\98\6d\c6\31\a8\c8\27\03\b0\c7\7f\59\bf\f3\0b\e0\c6\47\91\a7\d5\51\63\ca\06\67\29\29\14"
    "\85\0a\b7\27\38\21\1b\2e\fc\6d\2c\4d\13\0d\38\53\54\73\0a\65\bb\0a\6a\76\2e\c9\c2\81\85\2c\72\92"
    "\a1\e8\bf\a2\4b\66\1a\a8\70\8b\4b\c2\a3\51\6c\c7\19\e8\92\d1\24\06\99\d6\85\35\0e\f4\70\a0\6a\10"
    "\16\c1\a4\19\08\6c\37\1e\4c\77\48\27\b5\bc\b0\34\b3\0c\1c\39\4a\aa\d8\4e\4f\ca\9c\5b\f3\6f\2e\68"
    "\ee\82\8f\74\6f\63\a5\78\14\78\c8\84\08\02\c7\8c\fa\ff\be\90\eb\6c\50\a4\f7\a3\f9\be\f2\78\71\c6")

  ;; Compresses the 64-byte block at `$block` after the chaining state at `$in`, writing the state to `$out`
  ;; (which may be `$in`). The schedule lives in sixteen locals, $w0..$w15, W[t] in $w(t mod 16); the rounds run
  ;; sixteen at a time, and between them the sixteen words are replaced by the next sixteen of the schedule.
  (func $block (param $in i32) (param $block i32) (param $out i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $f i32) (local $g i32) (local $h i32)
    (local $t i32) (local $x i32) (local $k i32)
    (local $w0 i32) (local $w1 i32) (local $w2 i32) (local $w3 i32) (local $w4 i32) (local $w5 i32) (local $w6 i32) (local $w7 i32)
    (local $w8 i32) (local $w9 i32) (local $w10 i32) (local $w11 i32) (local $w12 i32) (local $w13 i32) (local $w14 i32) (local $w15 i32)
    ;; W[0..16): the block's words, read big-endian (a little-endian load with its bytes swapped)
    (local.set $w0 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=0 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w1 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=4 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w2 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=8 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w3 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=12 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w4 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=16 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w5 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=20 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w6 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=24 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w7 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=28 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w8 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=32 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w9 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=36 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w10 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=40 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w11 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=44 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w12 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=48 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w13 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=52 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w14 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=56 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $w15 (i32.or
      (i32.and (i32.rotl (local.tee $x (i32.load offset=60 (local.get $block))) (i32.const 8)) (i32.const 0x00ff00ff))
      (i32.and (i32.rotr (local.get $x) (i32.const 8)) (i32.const 0xff00ff00))))
    (local.set $a (i32.load offset=0 (local.get $in)))
    (local.set $b (i32.load offset=4 (local.get $in)))
    (local.set $c (i32.load offset=8 (local.get $in)))
    (local.set $d (i32.load offset=12 (local.get $in)))
    (local.set $e (i32.load offset=16 (local.get $in)))
    (local.set $f (i32.load offset=20 (local.get $in)))
    (local.set $g (i32.load offset=24 (local.get $in)))
    (local.set $h (i32.load offset=28 (local.get $in)))
    ;; $k is the address of K[16j] (the constants are at address 0), j = 0..3; sixteen rounds return the
    ;; working variables to their names, so the loop body ends where it began
    (loop $rounds
      ;; round 16j + 0: T1 = h + Σ1(e) + Ch(e, f, g) + K + W; d += T1; h = T1 + Σ0(a) + Maj(a, b, c)
      (local.set $t
        (i32.add
          (i32.add (local.get $h)
            (i32.xor (i32.xor (i32.rotr (local.get $e) (i32.const 6)) (i32.rotr (local.get $e) (i32.const 11))) (i32.rotr (local.get $e) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $g) (i32.and (local.get $e) (i32.xor (local.get $f) (local.get $g))))
            (i32.add (i32.load offset=0 (local.get $k)) (local.get $w0)))))
      (local.set $d (i32.add (local.get $d) (local.get $t)))
      (local.set $h
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $a) (i32.const 2)) (i32.rotr (local.get $a) (i32.const 13))) (i32.rotr (local.get $a) (i32.const 22)))
            (i32.or (i32.and (local.get $a) (local.get $b)) (i32.and (local.get $c) (i32.or (local.get $a) (local.get $b)))))))
      ;; round 16j + 1: T1 = g + Σ1(d) + Ch(d, e, f) + K + W; c += T1; g = T1 + Σ0(h) + Maj(h, a, b)
      (local.set $t
        (i32.add
          (i32.add (local.get $g)
            (i32.xor (i32.xor (i32.rotr (local.get $d) (i32.const 6)) (i32.rotr (local.get $d) (i32.const 11))) (i32.rotr (local.get $d) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $f) (i32.and (local.get $d) (i32.xor (local.get $e) (local.get $f))))
            (i32.add (i32.load offset=4 (local.get $k)) (local.get $w1)))))
      (local.set $c (i32.add (local.get $c) (local.get $t)))
      (local.set $g
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $h) (i32.const 2)) (i32.rotr (local.get $h) (i32.const 13))) (i32.rotr (local.get $h) (i32.const 22)))
            (i32.or (i32.and (local.get $h) (local.get $a)) (i32.and (local.get $b) (i32.or (local.get $h) (local.get $a)))))))
      ;; round 16j + 2: T1 = f + Σ1(c) + Ch(c, d, e) + K + W; b += T1; f = T1 + Σ0(g) + Maj(g, h, a)
      (local.set $t
        (i32.add
          (i32.add (local.get $f)
            (i32.xor (i32.xor (i32.rotr (local.get $c) (i32.const 6)) (i32.rotr (local.get $c) (i32.const 11))) (i32.rotr (local.get $c) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $e) (i32.and (local.get $c) (i32.xor (local.get $d) (local.get $e))))
            (i32.add (i32.load offset=8 (local.get $k)) (local.get $w2)))))
      (local.set $b (i32.add (local.get $b) (local.get $t)))
      (local.set $f
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $g) (i32.const 2)) (i32.rotr (local.get $g) (i32.const 13))) (i32.rotr (local.get $g) (i32.const 22)))
            (i32.or (i32.and (local.get $g) (local.get $h)) (i32.and (local.get $a) (i32.or (local.get $g) (local.get $h)))))))
      ;; round 16j + 3: T1 = e + Σ1(b) + Ch(b, c, d) + K + W; a += T1; e = T1 + Σ0(f) + Maj(f, g, h)
      (local.set $t
        (i32.add
          (i32.add (local.get $e)
            (i32.xor (i32.xor (i32.rotr (local.get $b) (i32.const 6)) (i32.rotr (local.get $b) (i32.const 11))) (i32.rotr (local.get $b) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $d) (i32.and (local.get $b) (i32.xor (local.get $c) (local.get $d))))
            (i32.add (i32.load offset=12 (local.get $k)) (local.get $w3)))))
      (local.set $a (i32.add (local.get $a) (local.get $t)))
      (local.set $e
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $f) (i32.const 2)) (i32.rotr (local.get $f) (i32.const 13))) (i32.rotr (local.get $f) (i32.const 22)))
            (i32.or (i32.and (local.get $f) (local.get $g)) (i32.and (local.get $h) (i32.or (local.get $f) (local.get $g)))))))
      ;; round 16j + 4: T1 = d + Σ1(a) + Ch(a, b, c) + K + W; h += T1; d = T1 + Σ0(e) + Maj(e, f, g)
      (local.set $t
        (i32.add
          (i32.add (local.get $d)
            (i32.xor (i32.xor (i32.rotr (local.get $a) (i32.const 6)) (i32.rotr (local.get $a) (i32.const 11))) (i32.rotr (local.get $a) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $c) (i32.and (local.get $a) (i32.xor (local.get $b) (local.get $c))))
            (i32.add (i32.load offset=16 (local.get $k)) (local.get $w4)))))
      (local.set $h (i32.add (local.get $h) (local.get $t)))
      (local.set $d
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $e) (i32.const 2)) (i32.rotr (local.get $e) (i32.const 13))) (i32.rotr (local.get $e) (i32.const 22)))
            (i32.or (i32.and (local.get $e) (local.get $f)) (i32.and (local.get $g) (i32.or (local.get $e) (local.get $f)))))))
      ;; round 16j + 5: T1 = c + Σ1(h) + Ch(h, a, b) + K + W; g += T1; c = T1 + Σ0(d) + Maj(d, e, f)
      (local.set $t
        (i32.add
          (i32.add (local.get $c)
            (i32.xor (i32.xor (i32.rotr (local.get $h) (i32.const 6)) (i32.rotr (local.get $h) (i32.const 11))) (i32.rotr (local.get $h) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $b) (i32.and (local.get $h) (i32.xor (local.get $a) (local.get $b))))
            (i32.add (i32.load offset=20 (local.get $k)) (local.get $w5)))))
      (local.set $g (i32.add (local.get $g) (local.get $t)))
      (local.set $c
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $d) (i32.const 2)) (i32.rotr (local.get $d) (i32.const 13))) (i32.rotr (local.get $d) (i32.const 22)))
            (i32.or (i32.and (local.get $d) (local.get $e)) (i32.and (local.get $f) (i32.or (local.get $d) (local.get $e)))))))
      ;; round 16j + 6: T1 = b + Σ1(g) + Ch(g, h, a) + K + W; f += T1; b = T1 + Σ0(c) + Maj(c, d, e)
      (local.set $t
        (i32.add
          (i32.add (local.get $b)
            (i32.xor (i32.xor (i32.rotr (local.get $g) (i32.const 6)) (i32.rotr (local.get $g) (i32.const 11))) (i32.rotr (local.get $g) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $a) (i32.and (local.get $g) (i32.xor (local.get $h) (local.get $a))))
            (i32.add (i32.load offset=24 (local.get $k)) (local.get $w6)))))
      (local.set $f (i32.add (local.get $f) (local.get $t)))
      (local.set $b
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $c) (i32.const 2)) (i32.rotr (local.get $c) (i32.const 13))) (i32.rotr (local.get $c) (i32.const 22)))
            (i32.or (i32.and (local.get $c) (local.get $d)) (i32.and (local.get $e) (i32.or (local.get $c) (local.get $d)))))))
      ;; round 16j + 7: T1 = a + Σ1(f) + Ch(f, g, h) + K + W; e += T1; a = T1 + Σ0(b) + Maj(b, c, d)
      (local.set $t
        (i32.add
          (i32.add (local.get $a)
            (i32.xor (i32.xor (i32.rotr (local.get $f) (i32.const 6)) (i32.rotr (local.get $f) (i32.const 11))) (i32.rotr (local.get $f) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $h) (i32.and (local.get $f) (i32.xor (local.get $g) (local.get $h))))
            (i32.add (i32.load offset=28 (local.get $k)) (local.get $w7)))))
      (local.set $e (i32.add (local.get $e) (local.get $t)))
      (local.set $a
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $b) (i32.const 2)) (i32.rotr (local.get $b) (i32.const 13))) (i32.rotr (local.get $b) (i32.const 22)))
            (i32.or (i32.and (local.get $b) (local.get $c)) (i32.and (local.get $d) (i32.or (local.get $b) (local.get $c)))))))
      ;; round 16j + 8: T1 = h + Σ1(e) + Ch(e, f, g) + K + W; d += T1; h = T1 + Σ0(a) + Maj(a, b, c)
      (local.set $t
        (i32.add
          (i32.add (local.get $h)
            (i32.xor (i32.xor (i32.rotr (local.get $e) (i32.const 6)) (i32.rotr (local.get $e) (i32.const 11))) (i32.rotr (local.get $e) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $g) (i32.and (local.get $e) (i32.xor (local.get $f) (local.get $g))))
            (i32.add (i32.load offset=32 (local.get $k)) (local.get $w8)))))
      (local.set $d (i32.add (local.get $d) (local.get $t)))
      (local.set $h
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $a) (i32.const 2)) (i32.rotr (local.get $a) (i32.const 13))) (i32.rotr (local.get $a) (i32.const 22)))
            (i32.or (i32.and (local.get $a) (local.get $b)) (i32.and (local.get $c) (i32.or (local.get $a) (local.get $b)))))))
      ;; round 16j + 9: T1 = g + Σ1(d) + Ch(d, e, f) + K + W; c += T1; g = T1 + Σ0(h) + Maj(h, a, b)
      (local.set $t
        (i32.add
          (i32.add (local.get $g)
            (i32.xor (i32.xor (i32.rotr (local.get $d) (i32.const 6)) (i32.rotr (local.get $d) (i32.const 11))) (i32.rotr (local.get $d) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $f) (i32.and (local.get $d) (i32.xor (local.get $e) (local.get $f))))
            (i32.add (i32.load offset=36 (local.get $k)) (local.get $w9)))))
      (local.set $c (i32.add (local.get $c) (local.get $t)))
      (local.set $g
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $h) (i32.const 2)) (i32.rotr (local.get $h) (i32.const 13))) (i32.rotr (local.get $h) (i32.const 22)))
            (i32.or (i32.and (local.get $h) (local.get $a)) (i32.and (local.get $b) (i32.or (local.get $h) (local.get $a)))))))
      ;; round 16j + 10: T1 = f + Σ1(c) + Ch(c, d, e) + K + W; b += T1; f = T1 + Σ0(g) + Maj(g, h, a)
      (local.set $t
        (i32.add
          (i32.add (local.get $f)
            (i32.xor (i32.xor (i32.rotr (local.get $c) (i32.const 6)) (i32.rotr (local.get $c) (i32.const 11))) (i32.rotr (local.get $c) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $e) (i32.and (local.get $c) (i32.xor (local.get $d) (local.get $e))))
            (i32.add (i32.load offset=40 (local.get $k)) (local.get $w10)))))
      (local.set $b (i32.add (local.get $b) (local.get $t)))
      (local.set $f
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $g) (i32.const 2)) (i32.rotr (local.get $g) (i32.const 13))) (i32.rotr (local.get $g) (i32.const 22)))
            (i32.or (i32.and (local.get $g) (local.get $h)) (i32.and (local.get $a) (i32.or (local.get $g) (local.get $h)))))))
      ;; round 16j + 11: T1 = e + Σ1(b) + Ch(b, c, d) + K + W; a += T1; e = T1 + Σ0(f) + Maj(f, g, h)
      (local.set $t
        (i32.add
          (i32.add (local.get $e)
            (i32.xor (i32.xor (i32.rotr (local.get $b) (i32.const 6)) (i32.rotr (local.get $b) (i32.const 11))) (i32.rotr (local.get $b) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $d) (i32.and (local.get $b) (i32.xor (local.get $c) (local.get $d))))
            (i32.add (i32.load offset=44 (local.get $k)) (local.get $w11)))))
      (local.set $a (i32.add (local.get $a) (local.get $t)))
      (local.set $e
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $f) (i32.const 2)) (i32.rotr (local.get $f) (i32.const 13))) (i32.rotr (local.get $f) (i32.const 22)))
            (i32.or (i32.and (local.get $f) (local.get $g)) (i32.and (local.get $h) (i32.or (local.get $f) (local.get $g)))))))
      ;; round 16j + 12: T1 = d + Σ1(a) + Ch(a, b, c) + K + W; h += T1; d = T1 + Σ0(e) + Maj(e, f, g)
      (local.set $t
        (i32.add
          (i32.add (local.get $d)
            (i32.xor (i32.xor (i32.rotr (local.get $a) (i32.const 6)) (i32.rotr (local.get $a) (i32.const 11))) (i32.rotr (local.get $a) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $c) (i32.and (local.get $a) (i32.xor (local.get $b) (local.get $c))))
            (i32.add (i32.load offset=48 (local.get $k)) (local.get $w12)))))
      (local.set $h (i32.add (local.get $h) (local.get $t)))
      (local.set $d
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $e) (i32.const 2)) (i32.rotr (local.get $e) (i32.const 13))) (i32.rotr (local.get $e) (i32.const 22)))
            (i32.or (i32.and (local.get $e) (local.get $f)) (i32.and (local.get $g) (i32.or (local.get $e) (local.get $f)))))))
      ;; round 16j + 13: T1 = c + Σ1(h) + Ch(h, a, b) + K + W; g += T1; c = T1 + Σ0(d) + Maj(d, e, f)
      (local.set $t
        (i32.add
          (i32.add (local.get $c)
            (i32.xor (i32.xor (i32.rotr (local.get $h) (i32.const 6)) (i32.rotr (local.get $h) (i32.const 11))) (i32.rotr (local.get $h) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $b) (i32.and (local.get $h) (i32.xor (local.get $a) (local.get $b))))
            (i32.add (i32.load offset=52 (local.get $k)) (local.get $w13)))))
      (local.set $g (i32.add (local.get $g) (local.get $t)))
      (local.set $c
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $d) (i32.const 2)) (i32.rotr (local.get $d) (i32.const 13))) (i32.rotr (local.get $d) (i32.const 22)))
            (i32.or (i32.and (local.get $d) (local.get $e)) (i32.and (local.get $f) (i32.or (local.get $d) (local.get $e)))))))
      ;; round 16j + 14: T1 = b + Σ1(g) + Ch(g, h, a) + K + W; f += T1; b = T1 + Σ0(c) + Maj(c, d, e)
      (local.set $t
        (i32.add
          (i32.add (local.get $b)
            (i32.xor (i32.xor (i32.rotr (local.get $g) (i32.const 6)) (i32.rotr (local.get $g) (i32.const 11))) (i32.rotr (local.get $g) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $a) (i32.and (local.get $g) (i32.xor (local.get $h) (local.get $a))))
            (i32.add (i32.load offset=56 (local.get $k)) (local.get $w14)))))
      (local.set $f (i32.add (local.get $f) (local.get $t)))
      (local.set $b
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $c) (i32.const 2)) (i32.rotr (local.get $c) (i32.const 13))) (i32.rotr (local.get $c) (i32.const 22)))
            (i32.or (i32.and (local.get $c) (local.get $d)) (i32.and (local.get $e) (i32.or (local.get $c) (local.get $d)))))))
      ;; round 16j + 15: T1 = a + Σ1(f) + Ch(f, g, h) + K + W; e += T1; a = T1 + Σ0(b) + Maj(b, c, d)
      (local.set $t
        (i32.add
          (i32.add (local.get $a)
            (i32.xor (i32.xor (i32.rotr (local.get $f) (i32.const 6)) (i32.rotr (local.get $f) (i32.const 11))) (i32.rotr (local.get $f) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $h) (i32.and (local.get $f) (i32.xor (local.get $g) (local.get $h))))
            (i32.add (i32.load offset=60 (local.get $k)) (local.get $w15)))))
      (local.set $e (i32.add (local.get $e) (local.get $t)))
      (local.set $a
        (i32.add (local.get $t)
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $b) (i32.const 2)) (i32.rotr (local.get $b) (i32.const 13))) (i32.rotr (local.get $b) (i32.const 22)))
            (i32.or (i32.and (local.get $b) (local.get $c)) (i32.and (local.get $d) (i32.or (local.get $b) (local.get $c)))))))
      (if (i32.lt_u (local.get $k) (i32.const 192))
        (then
        ;; $w0 = W[t] = W[t-16] + σ0(W[t-15] = $w1) + W[t-7] = $w9 + σ1(W[t-2] = $w14)
        (local.set $w0
          (i32.add
            (i32.add (local.get $w0)
              (i32.xor (i32.xor (i32.rotr (local.get $w1) (i32.const 7)) (i32.rotr (local.get $w1) (i32.const 18))) (i32.shr_u (local.get $w1) (i32.const 3))))
            (i32.add (local.get $w9)
              (i32.xor (i32.xor (i32.rotr (local.get $w14) (i32.const 17)) (i32.rotr (local.get $w14) (i32.const 19))) (i32.shr_u (local.get $w14) (i32.const 10))))))
        ;; $w1 = W[t] = W[t-16] + σ0(W[t-15] = $w2) + W[t-7] = $w10 + σ1(W[t-2] = $w15)
        (local.set $w1
          (i32.add
            (i32.add (local.get $w1)
              (i32.xor (i32.xor (i32.rotr (local.get $w2) (i32.const 7)) (i32.rotr (local.get $w2) (i32.const 18))) (i32.shr_u (local.get $w2) (i32.const 3))))
            (i32.add (local.get $w10)
              (i32.xor (i32.xor (i32.rotr (local.get $w15) (i32.const 17)) (i32.rotr (local.get $w15) (i32.const 19))) (i32.shr_u (local.get $w15) (i32.const 10))))))
        ;; $w2 = W[t] = W[t-16] + σ0(W[t-15] = $w3) + W[t-7] = $w11 + σ1(W[t-2] = $w0)
        (local.set $w2
          (i32.add
            (i32.add (local.get $w2)
              (i32.xor (i32.xor (i32.rotr (local.get $w3) (i32.const 7)) (i32.rotr (local.get $w3) (i32.const 18))) (i32.shr_u (local.get $w3) (i32.const 3))))
            (i32.add (local.get $w11)
              (i32.xor (i32.xor (i32.rotr (local.get $w0) (i32.const 17)) (i32.rotr (local.get $w0) (i32.const 19))) (i32.shr_u (local.get $w0) (i32.const 10))))))
        ;; $w3 = W[t] = W[t-16] + σ0(W[t-15] = $w4) + W[t-7] = $w12 + σ1(W[t-2] = $w1)
        (local.set $w3
          (i32.add
            (i32.add (local.get $w3)
              (i32.xor (i32.xor (i32.rotr (local.get $w4) (i32.const 7)) (i32.rotr (local.get $w4) (i32.const 18))) (i32.shr_u (local.get $w4) (i32.const 3))))
            (i32.add (local.get $w12)
              (i32.xor (i32.xor (i32.rotr (local.get $w1) (i32.const 17)) (i32.rotr (local.get $w1) (i32.const 19))) (i32.shr_u (local.get $w1) (i32.const 10))))))
        ;; $w4 = W[t] = W[t-16] + σ0(W[t-15] = $w5) + W[t-7] = $w13 + σ1(W[t-2] = $w2)
        (local.set $w4
          (i32.add
            (i32.add (local.get $w4)
              (i32.xor (i32.xor (i32.rotr (local.get $w5) (i32.const 7)) (i32.rotr (local.get $w5) (i32.const 18))) (i32.shr_u (local.get $w5) (i32.const 3))))
            (i32.add (local.get $w13)
              (i32.xor (i32.xor (i32.rotr (local.get $w2) (i32.const 17)) (i32.rotr (local.get $w2) (i32.const 19))) (i32.shr_u (local.get $w2) (i32.const 10))))))
        ;; $w5 = W[t] = W[t-16] + σ0(W[t-15] = $w6) + W[t-7] = $w14 + σ1(W[t-2] = $w3)
        (local.set $w5
          (i32.add
            (i32.add (local.get $w5)
              (i32.xor (i32.xor (i32.rotr (local.get $w6) (i32.const 7)) (i32.rotr (local.get $w6) (i32.const 18))) (i32.shr_u (local.get $w6) (i32.const 3))))
            (i32.add (local.get $w14)
              (i32.xor (i32.xor (i32.rotr (local.get $w3) (i32.const 17)) (i32.rotr (local.get $w3) (i32.const 19))) (i32.shr_u (local.get $w3) (i32.const 10))))))
        ;; $w6 = W[t] = W[t-16] + σ0(W[t-15] = $w7) + W[t-7] = $w15 + σ1(W[t-2] = $w4)
        (local.set $w6
          (i32.add
            (i32.add (local.get $w6)
              (i32.xor (i32.xor (i32.rotr (local.get $w7) (i32.const 7)) (i32.rotr (local.get $w7) (i32.const 18))) (i32.shr_u (local.get $w7) (i32.const 3))))
            (i32.add (local.get $w15)
              (i32.xor (i32.xor (i32.rotr (local.get $w4) (i32.const 17)) (i32.rotr (local.get $w4) (i32.const 19))) (i32.shr_u (local.get $w4) (i32.const 10))))))
        ;; $w7 = W[t] = W[t-16] + σ0(W[t-15] = $w8) + W[t-7] = $w0 + σ1(W[t-2] = $w5)
        (local.set $w7
          (i32.add
            (i32.add (local.get $w7)
              (i32.xor (i32.xor (i32.rotr (local.get $w8) (i32.const 7)) (i32.rotr (local.get $w8) (i32.const 18))) (i32.shr_u (local.get $w8) (i32.const 3))))
            (i32.add (local.get $w0)
              (i32.xor (i32.xor (i32.rotr (local.get $w5) (i32.const 17)) (i32.rotr (local.get $w5) (i32.const 19))) (i32.shr_u (local.get $w5) (i32.const 10))))))
        ;; $w8 = W[t] = W[t-16] + σ0(W[t-15] = $w9) + W[t-7] = $w1 + σ1(W[t-2] = $w6)
        (local.set $w8
          (i32.add
            (i32.add (local.get $w8)
              (i32.xor (i32.xor (i32.rotr (local.get $w9) (i32.const 7)) (i32.rotr (local.get $w9) (i32.const 18))) (i32.shr_u (local.get $w9) (i32.const 3))))
            (i32.add (local.get $w1)
              (i32.xor (i32.xor (i32.rotr (local.get $w6) (i32.const 17)) (i32.rotr (local.get $w6) (i32.const 19))) (i32.shr_u (local.get $w6) (i32.const 10))))))
        ;; $w9 = W[t] = W[t-16] + σ0(W[t-15] = $w10) + W[t-7] = $w2 + σ1(W[t-2] = $w7)
        (local.set $w9
          (i32.add
            (i32.add (local.get $w9)
              (i32.xor (i32.xor (i32.rotr (local.get $w10) (i32.const 7)) (i32.rotr (local.get $w10) (i32.const 18))) (i32.shr_u (local.get $w10) (i32.const 3))))
            (i32.add (local.get $w2)
              (i32.xor (i32.xor (i32.rotr (local.get $w7) (i32.const 17)) (i32.rotr (local.get $w7) (i32.const 19))) (i32.shr_u (local.get $w7) (i32.const 10))))))
        ;; $w10 = W[t] = W[t-16] + σ0(W[t-15] = $w11) + W[t-7] = $w3 + σ1(W[t-2] = $w8)
        (local.set $w10
          (i32.add
            (i32.add (local.get $w10)
              (i32.xor (i32.xor (i32.rotr (local.get $w11) (i32.const 7)) (i32.rotr (local.get $w11) (i32.const 18))) (i32.shr_u (local.get $w11) (i32.const 3))))
            (i32.add (local.get $w3)
              (i32.xor (i32.xor (i32.rotr (local.get $w8) (i32.const 17)) (i32.rotr (local.get $w8) (i32.const 19))) (i32.shr_u (local.get $w8) (i32.const 10))))))
        ;; $w11 = W[t] = W[t-16] + σ0(W[t-15] = $w12) + W[t-7] = $w4 + σ1(W[t-2] = $w9)
        (local.set $w11
          (i32.add
            (i32.add (local.get $w11)
              (i32.xor (i32.xor (i32.rotr (local.get $w12) (i32.const 7)) (i32.rotr (local.get $w12) (i32.const 18))) (i32.shr_u (local.get $w12) (i32.const 3))))
            (i32.add (local.get $w4)
              (i32.xor (i32.xor (i32.rotr (local.get $w9) (i32.const 17)) (i32.rotr (local.get $w9) (i32.const 19))) (i32.shr_u (local.get $w9) (i32.const 10))))))
        ;; $w12 = W[t] = W[t-16] + σ0(W[t-15] = $w13) + W[t-7] = $w5 + σ1(W[t-2] = $w10)
        (local.set $w12
          (i32.add
            (i32.add (local.get $w12)
              (i32.xor (i32.xor (i32.rotr (local.get $w13) (i32.const 7)) (i32.rotr (local.get $w13) (i32.const 18))) (i32.shr_u (local.get $w13) (i32.const 3))))
            (i32.add (local.get $w5)
              (i32.xor (i32.xor (i32.rotr (local.get $w10) (i32.const 17)) (i32.rotr (local.get $w10) (i32.const 19))) (i32.shr_u (local.get $w10) (i32.const 10))))))
        ;; $w13 = W[t] = W[t-16] + σ0(W[t-15] = $w14) + W[t-7] = $w6 + σ1(W[t-2] = $w11)
        (local.set $w13
          (i32.add
            (i32.add (local.get $w13)
              (i32.xor (i32.xor (i32.rotr (local.get $w14) (i32.const 7)) (i32.rotr (local.get $w14) (i32.const 18))) (i32.shr_u (local.get $w14) (i32.const 3))))
            (i32.add (local.get $w6)
              (i32.xor (i32.xor (i32.rotr (local.get $w11) (i32.const 17)) (i32.rotr (local.get $w11) (i32.const 19))) (i32.shr_u (local.get $w11) (i32.const 10))))))
        ;; $w14 = W[t] = W[t-16] + σ0(W[t-15] = $w15) + W[t-7] = $w7 + σ1(W[t-2] = $w12)
        (local.set $w14
          (i32.add
            (i32.add (local.get $w14)
              (i32.xor (i32.xor (i32.rotr (local.get $w15) (i32.const 7)) (i32.rotr (local.get $w15) (i32.const 18))) (i32.shr_u (local.get $w15) (i32.const 3))))
            (i32.add (local.get $w7)
              (i32.xor (i32.xor (i32.rotr (local.get $w12) (i32.const 17)) (i32.rotr (local.get $w12) (i32.const 19))) (i32.shr_u (local.get $w12) (i32.const 10))))))
        ;; $w15 = W[t] = W[t-16] + σ0(W[t-15] = $w0) + W[t-7] = $w8 + σ1(W[t-2] = $w13)
        (local.set $w15
          (i32.add
            (i32.add (local.get $w15)
              (i32.xor (i32.xor (i32.rotr (local.get $w0) (i32.const 7)) (i32.rotr (local.get $w0) (i32.const 18))) (i32.shr_u (local.get $w0) (i32.const 3))))
            (i32.add (local.get $w8)
              (i32.xor (i32.xor (i32.rotr (local.get $w13) (i32.const 17)) (i32.rotr (local.get $w13) (i32.const 19))) (i32.shr_u (local.get $w13) (i32.const 10))))))
        (local.set $k (i32.add (local.get $k) (i32.const 64)))
        (br $rounds))))
    (i32.store offset=0 (local.get $out) (i32.add (i32.load offset=0 (local.get $in)) (local.get $a)))
    (i32.store offset=4 (local.get $out) (i32.add (i32.load offset=4 (local.get $in)) (local.get $b)))
    (i32.store offset=8 (local.get $out) (i32.add (i32.load offset=8 (local.get $in)) (local.get $c)))
    (i32.store offset=12 (local.get $out) (i32.add (i32.load offset=12 (local.get $in)) (local.get $d)))
    (i32.store offset=16 (local.get $out) (i32.add (i32.load offset=16 (local.get $in)) (local.get $e)))
    (i32.store offset=20 (local.get $out) (i32.add (i32.load offset=20 (local.get $in)) (local.get $f)))
    (i32.store offset=24 (local.get $out) (i32.add (i32.load offset=24 (local.get $in)) (local.get $g)))
    (i32.store offset=28 (local.get $out) (i32.add (i32.load offset=28 (local.get $in)) (local.get $h))))

  ;; Compresses `$count` consecutive blocks at `$data` into the chaining state at `$state`.
  (func (export "compress") (param $state i32) (param $data i32) (param $count i32)
    (block $done
      (br_if $done (i32.eqz (local.get $count)))
      (loop $next
        (call $block (local.get $state) (local.get $data) (local.get $state))
        (local.set $data (i32.add (local.get $data) (i32.const 64)))
        (br_if $next (local.tee $count (i32.sub (local.get $count) (i32.const 1)))))))

  ;; For i in [0, $count): out[i] = compress(states[lanes[i]], block at blocks[i]): many one-block messages, each
  ;; after a chaining state chosen by its 32-bit lane index (8 words per state and per output), each block found
  ;; at the 32-bit address `blocks` lists for it (64 bytes anywhere in memory, so nothing is copied into a row).
  (func (export "many") (param $states i32) (param $lanes i32) (param $blocks i32) (param $out i32)
    (param $count i32)
    (block $done
      (br_if $done (i32.eqz (local.get $count)))
      (loop $next
        (call $block
          (i32.add (local.get $states) (i32.shl (i32.load (local.get $lanes)) (i32.const 5)))
          (i32.load (local.get $blocks)) (local.get $out))
        (local.set $lanes (i32.add (local.get $lanes) (i32.const 4)))
        (local.set $blocks (i32.add (local.get $blocks) (i32.const 4)))
        (local.set $out (i32.add (local.get $out) (i32.const 32)))
        (br_if $next (local.tee $count (i32.sub (local.get $count) (i32.const 1))))))))
