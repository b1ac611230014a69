import Testing

@testable import EMCodeKit

/// Text from outside is shown on one line, with nothing that moves the cursor or reorders the line.
@Suite struct SanitizedTests {
  /// Every character that must be escaped, by kind: each one is shown as its `\u{..}` escape.
  @Test(arguments: [
    ("C0 control", 0x1B), ("line feed", 0x0A), ("DEL", 0x7F), ("C1 control", 0x9B),
    ("Arabic letter mark", 0x061C), ("zero-width space", 0x200B), ("zero-width joiner", 0x200D),
    ("left-to-right mark", 0x200E), ("right-to-left mark", 0x200F), ("line separator", 0x2028),
    ("paragraph separator", 0x2029), ("left-to-right embedding", 0x202A), ("right-to-left override", 0x202E),
    ("word joiner", 0x2060), ("invisible plus", 0x2064), ("left-to-right isolate", 0x2066),
    ("pop directional isolate", 0x2069), ("byte order mark", 0xFEFF),
  ])
  func escapesControlAndFormatCharacters(_ kind: String, _ value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    var text = "ab"
    text.unicodeScalars.append(scalar)
    text += "cd"
    let shown = Sanitized.line(text)
    #expect(shown == "ab\\u{\(String(value, radix: 16))}cd", "\(kind)")
    #expect(!shown.unicodeScalars.contains(scalar), "\(kind)")
  }

  /// Printable text is left as it is, whatever its script.
  @Test(arguments: ["Gerät", "Ger\u{E4}t", "Gera\u{308}t", "日本語", "עברית", "no-break\u{A0}space", "€ – „quoted“"])
  func keepsPrintableText(_ text: String) {
    #expect(Sanitized.line(text, limit: 100) == text)
  }

  /// The right-to-left override of a "Trojan Source" line cannot make it read differently.
  @Test func defusesARightToLeftOverride() {
    let shown = Sanitized.line("access\u{202E}nimda\u{2066}")
    #expect(shown == "access\\u{202e}nimda\\u{2066}")
  }

  /// The limit counts characters as typed, an escape as one.
  @Test func cutsAtTheLimit() {
    #expect(Sanitized.line("abcdef", limit: 3) == "abc…")
    #expect(Sanitized.line("\u{202E}bcdef", limit: 2) == "\\u{202e}b…")
  }
}
