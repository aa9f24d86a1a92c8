;; The smallest module that uses a 128-bit SIMD instruction: the runtime has WebAssembly SIMD when it validates.
(module
  (func (result v128) (i32x4.splat (i32.const 0))))
