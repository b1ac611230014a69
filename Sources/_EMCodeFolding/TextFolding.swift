/// Folds text so that search ignores case and the spelling of German umlauts.
///
/// ASCII letters become lowercase, accented Latin letters lose their accent, and the
/// German umlauts fold two ways: `ä` becomes `ae` in the *expanded* form and `a` in the
/// *stripped* form; `ß` becomes `ss` in both. A text is searchable in both forms at once
/// (see ``searchable(_:)``), and a search word is folded to the expanded form, so
/// `Gerät`, `geraet` and `gerat` all find "Gerät".
public enum TextFolding {
  /// The folded form of `text`.
  ///
  /// - Parameters:
  ///   - text: The text to fold.
  ///   - expandingUmlauts: `true` for `ä` → `ae`, `false` for `ä` → `a`.
  public static func fold(_ text: String, expandingUmlauts: Bool = true) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    fold(text.utf8, expandingUmlauts: expandingUmlauts, into: &output)
    return output
  }

  /// Appends the folded form of UTF-8 `bytes` to `output`.
  ///
  /// Inlinable, so that the library specialises it: called unspecialised across the module
  /// boundary it cost a search 107,000 instructions of generic metadata.
  @inlinable
  public static func fold<Bytes: Sequence<UInt8>>(
    _ bytes: Bytes, expandingUmlauts: Bool, into output: inout [UInt8]
  ) {
    var pendingLead = false
    for byte in bytes {
      if pendingLead {
        pendingLead = false
        appendLatin1(byte, expandingUmlauts: expandingUmlauts, into: &output)
      } else if byte == 0xC3 {
        pendingLead = true
      } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
        output.append(byte | 0x20)
      } else {
        output.append(byte)
      }
    }
    if pendingLead { output.append(0xC3) }
  }

  /// The text that search looks in: the expanded form, then the stripped form where it differs.
  public static func searchable(_ text: String) -> [UInt8] {
    let expanded = fold(text, expandingUmlauts: true)
    let stripped = fold(text, expandingUmlauts: false)
    return expanded == stripped ? expanded : expanded + [UInt8(ascii: "\n")] + stripped
  }

  /// Appends the folding of the Latin-1 letter whose UTF-8 encoding is `0xC3, second`.
  @usableFromInline
  static func appendLatin1(_ second: UInt8, expandingUmlauts: Bool, into output: inout [UInt8]) {
    // `second` encodes U+00C0...U+00FF as 0x80...0xBF; fold capitals onto small letters.
    let small = second >= 0x80 && second <= 0x9E && second != 0x97 ? second | 0x20 : second
    func ascii(_ text: StaticString) {
      text.withUTF8Buffer { output.append(contentsOf: $0) }
    }
    switch small {
    case 0xA4: ascii(expandingUmlauts ? "ae" : "a")  // ä
    case 0xB6: ascii(expandingUmlauts ? "oe" : "o")  // ö
    case 0xBC: ascii(expandingUmlauts ? "ue" : "u")  // ü
    case 0x9F: ascii("ss")  // ß
    case 0xA6: ascii("ae")  // æ
    case 0xA0...0xA5: ascii("a")
    case 0xA7: ascii("c")
    case 0xA8...0xAB: ascii("e")
    case 0xAC...0xAF: ascii("i")
    case 0xB1: ascii("n")
    case 0xB2...0xB5, 0xB8: ascii("o")
    case 0xB9...0xBB: ascii("u")
    case 0xBD, 0xBF: ascii("y")
    default: output.append(0xC3); output.append(second)
    }
  }
}
