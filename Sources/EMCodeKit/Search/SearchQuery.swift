import _EMCodeFolding

/// The folded words of a search, and how to find them in a ``SearchIndex``.
///
/// The needles live in one byte array, so that matching builds nothing: a search over the whole
/// catalog costs less than reading it twice.
struct SearchQuery {
  /// What a word or the phrase matched first, and how well.
  struct Found {
    /// How well the item matched.
    var rank: SearchMatch.Rank
    /// Where the deciding word matched.
    var field: SearchMatch.Field
    /// The word that decided the rank (the one found in the least important field).
    var word: Int
    /// Two for each word found in a name or phone text, one for each found in a keyword: among equal
    /// ranks, the stronger match is the better one.
    var strength = 0
  }

  /// The needles, one after another: `" word"` for each word (`" word "` for a word of fewer than
  /// four letters, which must match a whole word), then the whole phrase.
  private var needles: [UInt8] = []
  /// Where each word's needle ends in ``needles``; the phrase's needle follows the last one.
  private var ends: [Int] = []
  /// The folded words, for excerpts, in one byte array, with where each ends.
  private(set) var words: [UInt8] = []
  private var wordEnds: [Int] = []

  /// How many letters a word needs to match the start of a longer word.
  static let prefixLength = 4

  /// Folds and splits the search words.
  init(_ texts: [String]) {
    var phrase: [UInt8] = []
    for text in texts {
      let line = TextFolding.wordLine(text)
      var start = 1
      for index in 1..<max(1, line.count) where line[index] == UInt8(ascii: " ") {
        guard index > start else {
          start = index + 1
          continue
        }
        let word = line[start..<index]
        words += word
        wordEnds.append(words.count)
        needles.append(UInt8(ascii: " "))
        needles += word
        if word.count < Self.prefixLength { needles.append(UInt8(ascii: " ")) }
        ends.append(needles.count)
        phrase.append(UInt8(ascii: " "))
        phrase += word
        start = index + 1
      }
    }
    if let last = wordEnds.indices.last, word(last).count < Self.prefixLength { phrase.append(UInt8(ascii: " ")) }
    needles += phrase
  }

  /// Whether there are no words.
  var isEmpty: Bool { ends.isEmpty }

  /// The folded word at `index`.
  func word(_ index: Int) -> ArraySlice<UInt8> {
    words[(index == 0 ? 0 : wordEnds[index - 1])..<wordEnds[index]]
  }

  /// How well an item's index matches, or `nil` when some word occurs nowhere in it.
  func match(_ index: SearchIndex, language: Language) -> Found? {
    let keywords = index.keywords(in: language)
    let texts = index.texts(in: language)
    let hints = index.hints(in: language)
    return needles.withUnsafeBufferPointer { all -> Found? in
      func needle(_ position: Int) -> UnsafeBufferPointer<UInt8> {
        let start = position == 0 ? 0 : ends[position - 1]
        return UnsafeBufferPointer(rebasing: all[start..<ends[position]])
      }
      func has(_ field: StaticString, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.contains(UnsafeBufferPointer(start: field.utf8Start, count: field.utf8CodeUnitCount), needle)
      }
      let isPhrase = ends.count > 1
      if isPhrase {
        let phrase = UnsafeBufferPointer(rebasing: all[(ends.last ?? 0)...])
        if has(index.names, phrase) { return Found(rank: .phrase, field: .name, word: 0) }
        if has(index.displays, phrase) { return Found(rank: .phrase, field: .phoneDisplay, word: 0) }
      }
      var worst = Found(rank: .phrase, field: .name, word: 0)
      var strength = 0
      for position in ends.indices {
        let wanted = needle(position)
        let found: Found
        if has(index.names, wanted) {
          found = Found(rank: isPhrase ? .names : .phrase, field: .name, word: position)
        } else if has(index.displays, wanted) {
          found = Found(rank: isPhrase ? .names : .phrase, field: .phoneDisplay, word: position)
        } else if has(keywords, wanted) {
          found = Found(rank: .names, field: .keyword, word: position)
        } else if has(texts, wanted) {
          found = Found(rank: .texts, field: .meaning, word: position)
        } else if has(index.texts, wanted) {
          found = Found(rank: .texts, field: .description, word: position)
        } else if has(hints, wanted) {
          found = Found(rank: .hints, field: .hint, word: position)
        } else if has(index.actions, wanted) {
          found = Found(rank: .hints, field: .action, word: position)
        } else {
          return nil
        }
        if found.rank > worst.rank || position == 0 { worst = found }
        if found.field == .name || found.field == .phoneDisplay { strength += 2 }
        if found.field == .keyword { strength += 1 }
      }
      worst.strength = strength
      return worst
    }
  }
}
