import _EMCodeFolding

/// A few words of a text around the first word that starts with a folded search word.
enum Excerpt {
  /// How many bytes an excerpt shows at most, besides its ellipses.
  static let length = 48

  /// The excerpt of the first of `texts` in which a word starts with `word` (folded), or the start
  /// of the first text when none does.
  static func around(_ word: ArraySlice<UInt8>, in texts: [String]) -> String {
    var folded: [UInt8] = []
    for text in texts {
      let bytes = Array(text.utf8)
      if let range = firstWord(startingWith: word, in: bytes, scratch: &folded) { return cut(bytes, around: range) }
    }
    return texts.first.map { cut(Array($0.utf8), around: 0..<0) } ?? ""
  }

  /// The byte range of the first word of `bytes` whose folded form starts with `word`, in either
  /// umlaut form.
  private static func firstWord(
    startingWith word: ArraySlice<UInt8>, in bytes: [UInt8], scratch folded: inout [UInt8]
  ) -> Range<Int>? {
    var index = 0
    while index < bytes.count {
      let length = TextFolding.separatorLength(bytes, at: index)
      if length > 0 {
        index += length
        continue
      }
      var end = index
      while end < bytes.count && TextFolding.separatorLength(bytes, at: end) == 0 { end += 1 }
      for expanding in [true, false] {
        folded.removeAll(keepingCapacity: true)
        TextFolding.fold(bytes[index..<end], expandingUmlauts: expanding, into: &folded)
        if folded.starts(with: word) { return index..<end }
      }
      index = end
    }
    return nil
  }

  /// About ``length`` bytes of `bytes` around `range`, cut at spaces, with `…` where cut.
  private static func cut(_ bytes: [UInt8], around range: Range<Int>) -> String {
    let space = UInt8(ascii: " ")
    // Show a third of the room before the match, more when the text ends soon after it.
    let lead = max(length / 3, length - (bytes.count - range.lowerBound))
    var start = 0
    if range.lowerBound > lead {
      start = range.lowerBound - lead
      if let gap = bytes[start..<range.lowerBound].firstIndex(of: space) { start = gap + 1 }
    }
    var end = bytes.count
    if bytes.count - start > length {
      end = max(start + length, range.upperBound)
      if let gap = bytes[range.upperBound..<end].lastIndex(of: space) { end = gap }
    }
    // Never cut inside a character.
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    while end > start, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(bytes[end - 1]) { end -= 1 }
    return (start > 0 ? "…" : "") + String(decoding: bytes[start..<end], as: UTF8.self) + (end < bytes.count ? "…" : "")
  }
}
