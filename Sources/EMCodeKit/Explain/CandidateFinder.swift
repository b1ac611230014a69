/// Finds the bytes where an Extension Mobility outcome, or a trace line's device, user or request,
/// may start, sixteen bytes at a time.
///
/// A byte is a candidate when it is
/// - a newline (for counting lines and finding trace lines' heads);
/// - any `<` or `&` (the scanner tells the elements it knows, `<error`, `<ns1:error`, and escaped
///   ones, `&lt;error`, from the rest; a test checks that each is marked);
/// - any `(` or `[` (the scanner reads the number in `(23)` or `[208]`), or the `rro` of "error"
///   (`Error 25 ...`);
/// - the first three letters of a code-less message's last word (`fou` of "Host not found", `una` of
///   "Login is unavailable");
/// - in a trace line: `dev` (`Dev: X-`, `Device Name=X`, `for device X`), `use` (`UserID: U-`,
///   `User Id=U`, `for user U`), `MLR` of `processXMLRequest: U:`, and `#` of `Request#`.
///
/// These are rare even in a busy log, so the scanner looks closely at few bytes and passes over the
/// rest sixteen at a time with SIMD compares. The message triggers come from the catalog
/// (``ExplainScanner/literalPrefixes``), at most two.
///
/// The sixteen results become a bit mask (see `SIMDMask.bits`). Testing every byte with the
/// scalar twin ``isCandidate(_:available:)`` instead cost 11 times the instructions (400 M against
/// 35.8 M for a 5 MiB log).
struct CandidateFinder {
  /// How many bytes past a block the finder reads: the block's last byte looks at two more.
  static let overread = 2

  /// The three-letter words of trace lines the finder looks for, lowercased.
  static let traceWords: [[UInt8]] = [Array("dev".utf8), Array("use".utf8), Array("mlr".utf8)]

  /// The most code-less message triggers the finder looks for: each costs three SIMD compares
  /// per sixteen bytes (four of them cost `--explain` 22 % more instructions than two).
  static let literalLimit = 2

  /// The first three letters, lowercased, of the code-less messages, each letter repeated in all
  /// sixteen lanes; unused slots hold 0, which no lowercased byte equals.
  private let literals: (Triple, Triple)
  /// The same prefixes, for the scalar twin.
  private let literalPrefixes: [[UInt8]]

  private typealias Triple = (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)

  /// A finder for the catalog's code-less messages (the first ``literalLimit`` prefixes).
  ///
  /// - Precondition: every prefix has three bytes, as ``ExplainScanner/literalPrefixes`` makes them.
  init(literalPrefixes: [[UInt8]] = ExplainScanner.literalPrefixes) {
    let prefixes = Array(literalPrefixes.prefix(Self.literalLimit))
    func triple(_ index: Int) -> Triple {
      guard index < prefixes.count else { return (.zero, .zero, .zero) }
      let prefix = prefixes[index]
      return (SIMD16(repeating: prefix[0]), SIMD16(repeating: prefix[1]), SIMD16(repeating: prefix[2]))
    }
    literals = (triple(0), triple(1))
    self.literalPrefixes = prefixes
  }

  /// The candidate bits of the sixteen bytes at `pointer`: bit `i` for `pointer[i]`.
  ///
  /// - Precondition: `pointer[0..<(16 + overread)]` is readable.
  @inline(__always)
  func mask(_ pointer: UnsafePointer<UInt8>) -> UInt32 {
    typealias Bytes = SIMD16<UInt8>
    let raw = UnsafeRawPointer(pointer)
    let v0 = raw.loadUnaligned(as: Bytes.self)
    let v1 = raw.loadUnaligned(fromByteOffset: 1, as: Bytes.self)
    let v2 = raw.loadUnaligned(fromByteOffset: 2, as: Bytes.self)
    let lower0 = v0 | Bytes(repeating: 0x20)
    let lower1 = v1 | Bytes(repeating: 0x20)
    let lower2 = v2 | Bytes(repeating: 0x20)

    let newline = v0 .== Bytes(repeating: 0x0A)
    // Single bytes, told apart by the scanner: a second-byte filter in SIMD cost more than the
    // few extra candidates it spares ("[http-bio-..." starts every trace line, "<re" every answer).
    let single =
      (v0 .== Bytes(repeating: 0x23)) .| (v0 .== Bytes(repeating: 0x3C)) .| (v0 .== Bytes(repeating: 0x26))
      .| (v0 .== Bytes(repeating: 0x28)) .| (v0 .== Bytes(repeating: 0x5B))
    let error =
      (lower0 .== Bytes(repeating: 0x72)) .& (lower1 .== Bytes(repeating: 0x72)) .& (lower2 .== Bytes(repeating: 0x6F))
    // "dev", "use", "mlr": the second letters e, s, l are told apart from the first.
    let dev =
      (lower0 .== Bytes(repeating: 0x64)) .& (lower1 .== Bytes(repeating: 0x65)) .& (lower2 .== Bytes(repeating: 0x76))
    let use =
      (lower0 .== Bytes(repeating: 0x75)) .& (lower1 .== Bytes(repeating: 0x73)) .& (lower2 .== Bytes(repeating: 0x65))
    let mlr =
      (lower0 .== Bytes(repeating: 0x6D)) .& (lower1 .== Bytes(repeating: 0x6C)) .& (lower2 .== Bytes(repeating: 0x72))
    func literal(_ triple: Triple) -> SIMDMask<SIMD16<Int8>> {
      (lower0 .== triple.0) .& (lower1 .== triple.1) .& (lower2 .== triple.2)
    }
    let messages = literal(literals.0) .| literal(literals.1)
    return (newline .| single .| error .| dev .| use .| mlr .| messages).bits
  }

  /// Whether the single byte at `pointer[0]` is a candidate.
  ///
  /// `pointer[1]` and `pointer[2]` are read where `available` allows, otherwise taken as 0.
  /// The scalar twin of ``mask(_:)``, for the last bytes of the input.
  func isCandidate(_ pointer: UnsafePointer<UInt8>, available: Int) -> Bool {
    let b0 = pointer[0]
    let b1 = available > 1 ? pointer[1] : 0
    let b2 = available > 2 ? pointer[2] : 0
    switch b0 {
    case UInt8(ascii: "\n"), UInt8(ascii: "#"), UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "("),
      UInt8(ascii: "["):
      return true
    default: break
    }
    let word = [b0 | 0x20, b1 | 0x20, b2 | 0x20]
    if word == Array("rro".utf8) { return true }
    return Self.traceWords.contains(word) || literalPrefixes.contains(word)
  }
}
