#if arch(x86_64)
  import _Builtin_intrinsics.intel
#endif

extension SIMDMask where Storage == SIMD16<Int8> {
  /// The sixteen lanes as bits: bit `i` is set when lane `i` is.
  ///
  /// On x86-64 one `pmovmskb`; elsewhere the lanes are weighted by powers of two and summed.
  /// The portable way, forced on x86-64, cost `--explain` 45 % more instructions (51.8 M against
  /// 35.8 M for a 5 MiB log) and a search 31 % more; arm64 was not measured.
  @inline(__always)
  var bits: UInt32 {
    #if arch(x86_64)
      return UInt32(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(self, to: __m128i.self)))
    #else
      let weights = SIMD16<UInt8>(1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128)
      let chosen = SIMD16<UInt8>(repeating: 0).replacing(with: weights, where: self)
      return UInt32(chosen.lowHalf.wrappedSum()) | UInt32(chosen.highHalf.wrappedSum()) << 8
    #endif
  }
}
