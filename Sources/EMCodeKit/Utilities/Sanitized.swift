/// Text from outside (an argument, a log line) made safe to print on one line.
///
/// Control characters would move the cursor or recolour the terminal; the invisible format
/// characters would reorder or hide what a line shows (a right-to-left override makes
/// `'abc\u{202E}fed'` read as `'abcdef'`: the "Trojan Source" effect). Both are shown as
/// `\u{..}` escapes instead.
package enum Sanitized {
  /// `text` with control and invisible format characters shown as `\u{..}` escapes and cut to
  /// `limit` characters.
  package static func line(_ text: String, limit: Int = 60) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count >= limit {
        out += "…"
        break
      }
      append(scalar, to: &out)
      count += 1
    }
    return out
  }

  /// Appends `scalar` to `text`, as a `\u{..}` escape when it ``isUnsafe(_:)``.
  package static func append(_ scalar: Unicode.Scalar, to text: inout String) {
    if isUnsafe(scalar) {
      text += "\\u{\(String(scalar.value, radix: 16))}"
    } else {
      text.unicodeScalars.append(scalar)
    }
  }

  /// Whether a scalar must not reach a terminal as it is.
  ///
  /// The C0 and C1 controls and DEL; the bidirectional marks, embeddings, overrides and
  /// isolates (U+061C, U+200E, U+200F, U+202A...U+202E, U+2066...U+2069); the zero-width and
  /// invisible characters (U+200B...U+200D, U+2060...U+2064, the deprecated format characters
  /// U+206A...U+206F, the byte order mark U+FEFF); and the line and paragraph separators
  /// U+2028 and U+2029, which some terminals and editors break lines at.
  package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F..<0xA0: return true
    case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF: return true
    default: return false
    }
  }
}
