/// Finds the bytes where an Extension Mobility outcome may start, sixteen bytes at a time.
///
/// A byte is a candidate when it is a newline (for counting lines), `<` before the first
/// letter of an element the scanner knows (`<error`, `<errorMessage`, `<success`,
/// `<deviceUserResults`, `<deviceProfileResults`, `<userDevicesResults`, `<checkUserResults`:
/// e, s, d, u, c), `(` or `[` before a digit or a
/// space (`(23)`, `[208]`), the `rro` of "error" (`Error 25 ...`), or the `hos` of "Host not
/// found". These are rare even in a busy log, so the scanner looks closely at few bytes and
/// passes over the rest sixteen at a time with SIMD compares. The letters are constants here
/// so that the compiler folds them; a test checks them against the scanner's element names
/// and the catalog's messages.
///
/// The sixteen results become a bit mask (see `SIMDMask.bits`). Testing every byte with the
/// scalar twin ``isCandidate(_:available:)`` instead cost 11 times the instructions (400 M against
/// 35.8 M for a 5 MiB log).
enum CandidateFinder {
  /// How many bytes past a block the finder reads: the block's last byte looks at two more.
  static let overread = 2

  /// The first letters of the element names the scanner knows.
  static let tagStartLetters: [UInt8] = Array("esduc".utf8)

  /// The first three letters, lowercased, of the code-less messages the scanner knows.
  static let literalPrefix: [UInt8] = Array("hos".utf8)

  /// The candidate bits of the sixteen bytes at `pointer`: bit `i` for `pointer[i]`.
  ///
  /// - Precondition: `pointer[0..<(16 + overread)]` is readable.
  @inline(__always)
  static func mask(_ pointer: UnsafePointer<UInt8>) -> UInt32 {
    typealias Bytes = SIMD16<UInt8>
    let raw = UnsafeRawPointer(pointer)
    let v0 = raw.loadUnaligned(as: Bytes.self)
    let v1 = raw.loadUnaligned(fromByteOffset: 1, as: Bytes.self)
    let v2 = raw.loadUnaligned(fromByteOffset: 2, as: Bytes.self)
    let lower0 = v0 | Bytes(repeating: 0x20)
    let lower1 = v1 | Bytes(repeating: 0x20)
    let lower2 = v2 | Bytes(repeating: 0x20)

    let newline = v0 .== Bytes(repeating: 0x0A)
    let tagStart =
      (v1 .== Bytes(repeating: 0x65)) .| (v1 .== Bytes(repeating: 0x73)) .| (v1 .== Bytes(repeating: 0x64))
      .| (v1 .== Bytes(repeating: 0x75)) .| (v1 .== Bytes(repeating: 0x63))
    let tag = (v0 .== Bytes(repeating: 0x3C)) .& tagStart
    let digitOrSpace = ((v1 &- Bytes(repeating: 0x30)) .< Bytes(repeating: 10)) .| (v1 .== Bytes(repeating: 0x20))
    let enclosed = ((v0 .== Bytes(repeating: 0x28)) .| (v0 .== Bytes(repeating: 0x5B))) .& digitOrSpace
    let error =
      (lower0 .== Bytes(repeating: 0x72)) .& (lower1 .== Bytes(repeating: 0x72)) .& (lower2 .== Bytes(repeating: 0x6F))
    let host =
      (lower0 .== Bytes(repeating: 0x68)) .& (lower1 .== Bytes(repeating: 0x6F)) .& (lower2 .== Bytes(repeating: 0x73))
    return (newline .| tag .| enclosed .| error .| host).bits
  }

  /// Whether the single byte at `pointer[0]` is a candidate.
  ///
  /// `pointer[1]` and `pointer[2]` are read where `available` allows, otherwise taken as 0.
  /// The scalar twin of ``mask(_:)``, for the last bytes of the input.
  static func isCandidate(_ pointer: UnsafePointer<UInt8>, available: Int) -> Bool {
    let b0 = pointer[0]
    let b1 = available > 1 ? pointer[1] : 0
    let b2 = available > 2 ? pointer[2] : 0
    if b0 == UInt8(ascii: "\n") { return true }
    if b0 == UInt8(ascii: "<") && tagStartLetters.contains(b1) { return true }
    if (b0 == UInt8(ascii: "(") || b0 == UInt8(ascii: "[")) && (b1 &- UInt8(ascii: "0") < 10 || b1 == 0x20) {
      return true
    }
    if b0 | 0x20 == UInt8(ascii: "r") && b1 | 0x20 == UInt8(ascii: "r") && b2 | 0x20 == UInt8(ascii: "o") {
      return true
    }
    return b0 | 0x20 == literalPrefix[0] && b1 | 0x20 == literalPrefix[1] && b2 | 0x20 == literalPrefix[2]
  }
}
