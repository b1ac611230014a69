/// Folds text so that search and lookup ignore case, accents and the spelling of German umlauts.
///
/// ASCII letters become lowercase, accented Latin letters lose their accent, and the German
/// umlauts fold two ways: `ä` becomes `ae` in the *expanded* form and `a` in the *stripped* form;
/// `ß` becomes `ss` in both. Umlauts written as a letter and a combining diaeresis (U+0308, as
/// copied from PDFs: the NFD form) fold like the composed ones, and other combining accents are
/// dropped. A search word is folded to the expanded form and the texts are searchable in both,
/// so `Gerät`, `geraet`, `gerat` and `Gera\u{308}t` all find "Gerät".
///
/// The library and the generator share this module, so the texts folded when the catalog is
/// generated and the words folded when a user searches are folded by the same code.
public enum TextFolding {
  /// The folded form of `text`.
  ///
  /// - Parameters:
  ///   - text: The text to fold.
  ///   - expandingUmlauts: `true` for `ä` → `ae`, `false` for `ä` → `a`.
  @inlinable
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
    // The lead byte of a two-byte sequence waiting for its second byte, or 0.
    var lead: UInt8 = 0
    for byte in bytes {
      if lead != 0 {
        let first = lead
        lead = 0
        if first == 0xC3 {
          appendLatin1(byte, expandingUmlauts: expandingUmlauts, into: &output)
        } else if first == 0xCC || (first == 0xCD && byte <= 0xAF) {
          // A combining mark, U+0300...U+036F: a diaeresis after a, o or u makes an umlaut.
          if first == 0xCC && byte == 0x88, expandingUmlauts, let last = output.last,
            last == UInt8(ascii: "a") || last == UInt8(ascii: "o") || last == UInt8(ascii: "u")
          {
            output.append(UInt8(ascii: "e"))
          }
        } else {
          output.append(first)
          output.append(byte)
        }
      } else if byte == 0xC3 || byte == 0xCC || byte == 0xCD {
        lead = byte
      } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
        output.append(byte | 0x20)
      } else {
        output.append(byte)
      }
    }
    if lead != 0 { output.append(lead) }
  }

  /// The words of `text`, folded, each followed by one space and the whole preceded by one:
  /// `" word word "`.
  ///
  /// A word is a run of letters and digits (any non-ASCII letter counts); everything else
  /// separates words: white space, punctuation, quotation marks and dashes, ASCII or typographic.
  /// With the spaces around every word, "starts a word" is a substring search for `" " + word`.
  @inlinable
  public static func wordLine(_ text: String, expandingUmlauts: Bool = true) -> [UInt8] {
    let folded = fold(text, expandingUmlauts: expandingUmlauts)
    var line: [UInt8] = [UInt8(ascii: " ")]
    line.reserveCapacity(folded.count + 2)
    var index = 0
    while index < folded.count {
      let length = separatorLength(folded, at: index)
      if length > 0 {
        if line.last != UInt8(ascii: " ") { line.append(UInt8(ascii: " ")) }
        index += length
      } else {
        line.append(folded[index])
        index += 1
      }
    }
    if line.last != UInt8(ascii: " ") { line.append(UInt8(ascii: " ")) }
    return line
  }

  /// How many bytes at `index` of folded text separate words, or 0 for a byte of a word.
  ///
  /// ASCII letters and digits are word bytes; other ASCII bytes separate. Of the non-ASCII
  /// characters, the Latin-1 punctuation (U+0080...U+00BF: no-break space, «, », ·, §) and the
  /// general punctuation (U+2000...U+206F: typographic spaces, dashes, quotation marks, …) and
  /// the ideographic space U+3000 and U+FEFF separate; any other is part of a word.
  @inlinable
  public static func separatorLength(_ bytes: [UInt8], at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 {
      let isWordByte =
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      return isWordByte ? 0 : 1
    }
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
    if byte == 0xC2 && next >= 0x80 && next <= 0xBF { return 2 }
    if byte == 0xE2 && (next == 0x80 || next == 0x81) { return 3 }
    if byte == 0xE3 && next == 0x80 && third == 0x80 { return 3 }
    if byte == 0xEF && next == 0xBB && third == 0xBF { return 3 }
    return 0
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
    default:
      output.append(0xC3)
      output.append(second)
    }
  }
}
