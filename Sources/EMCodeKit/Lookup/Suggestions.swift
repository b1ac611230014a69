import _EMCodeFolding

/// Near-miss suggestions for what a user mistyped: codes, names and options.
public enum Suggestions {
  /// Documented codes a mistyped number may have meant, most likely first.
  ///
  /// First the codes that explain the typo best: a doubled code (`1818` → 18) or a digit
  /// too many (`2088` → 208); then the nearest documented codes below and above (for
  /// numbers within the catalog's range, or when nothing else fits); then two digits swapped
  /// (`42` → 24 is not a code, so `24` offers 42) and a digit dropped (`24` → 204). Codes
  /// of one digit are offered only as neighbours, since almost any number is one edit away.
  ///
  /// - Parameter digits: The decimal digits typed, without sign; leading zeros are ignored.
  public static func codes(near digits: String) -> [Int] {
    let typed = String(digits.drop { $0 == "0" }.prefix(12))
    var found: [Int] = []
    func add(_ code: Int) {
      if !found.contains(code), String(code) != typed { found.append(code) }
    }
    if typed.count % 2 == 0 && typed.count >= 2 {
      let half = typed.index(typed.startIndex, offsetBy: typed.count / 2)
      if typed[..<half] == typed[half...], let code = Int(typed[..<half]), ErrorCatalog.entry(code: code) != nil {
        add(code)
      }
    }
    for (code, text) in codeTexts where code >= 10 {
      if text.count < typed.count, isOneEditApart(typed, text) { add(code) }
    }
    let highest = ErrorCatalog.codes.last ?? 0
    if typed.count <= 9, let value = Int(typed.isEmpty ? "0" : typed), value <= highest || found.isEmpty {
      if let below = ErrorCatalog.codes.last(where: { $0 < value }) { add(below) }
      if let above = ErrorCatalog.codes.first(where: { $0 > value }) { add(above) }
    }
    for (code, text) in codeTexts where code >= 10 {
      if text.count == typed.count, isOneEditApart(typed, text) { add(code) }
    }
    for (code, text) in codeTexts where code >= 100 {
      if text.count > typed.count, isOneEditApart(typed, text) { add(code) }
    }
    return Array(found.prefix(4))
  }

  /// Every documented code with its decimal digits, made once.
  static let codeTexts: [(Int, String)] = ErrorCatalog.codes.map { ($0, String($0)) }

  /// Whether `a` becomes `b` by inserting or deleting one digit, or by swapping two adjacent ones.
  static func isOneEditApart(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    if x.count == y.count {
      let differing = x.indices.filter { x[$0] != y[$0] }
      return differing.count == 2 && differing[1] == differing[0] + 1
        && x[differing[0]] == y[differing[1]] && x[differing[1]] == y[differing[0]]
    }
    let (long, short) = x.count > y.count ? (x, y) : (y, x)
    guard long.count == short.count + 1 else { return false }
    for skip in long.indices {
      var rest = long
      rest.remove(at: skip)
      if rest == short { return true }
    }
    return false
  }

  /// Catalog names close to a mistyped name, by edit distance over folded letters.
  ///
  /// Cheap tests come first, so that text that is no name costs little: a name whose length or
  /// whose count of each letter is too far from the typed text's cannot be close enough, and the
  /// edit distance itself stops as soon as it exceeds the limit.
  public static func names(near text: String) -> [String] {
    let typed = letters(text)
    // Names are short; a long text is no mistyped name, and comparing it would take long.
    guard typed.count >= 4, typed.count <= 80 else { return [] }
    let limit = max(1, typed.count / 5)
    let counts = LetterCounts(typed)
    var scored: [(distance: Int, name: String)] = []
    for (index, (folded, item)) in foldedNames.enumerated() where abs(folded.count - typed.count) <= limit {
      guard case .entry(let entry) = item, counts.editsNeeded(toMatch: foldedCounts[index]) <= limit,
        let distance = editDistance(typed, folded, atMost: limit)
      else { continue }
      // The name as the catalog spells it: the first of the entry's names that folds to this.
      let name = entry.allNames.first { letters($0) == folded } ?? entry.name
      if !scored.contains(where: { $0.name == name }) { scored.append((distance, name)) }
    }
    return scored.sorted { $0.distance < $1.distance }.prefix(3).map(\.name)
  }

  /// Every name of every entry and every message's name, folded to letters and digits once.
  static let foldedNames: [([UInt8], CatalogItem)] = {
    var names: [([UInt8], CatalogItem)] = []
    for entry in ErrorCatalog.entries {
      for name in entry.allNames { names.append((letters(name), .entry(entry))) }
    }
    for message in ErrorCatalog.messages { names.append((letters(message.name), .message(message))) }
    return names
  }()

  /// How often each letter and digit occurs in each of ``foldedNames``, in the same order.
  static let foldedCounts: [LetterCounts] = foldedNames.map { LetterCounts($0.0) }

  /// How often each of the 36 folded letters and digits occurs in a text.
  struct LetterCounts {
    private var counts = SIMD64<UInt8>()

    /// Counts the letters and digits of folded text; other bytes are not counted.
    init(_ folded: [UInt8]) {
      for byte in folded {
        let slot: Int
        if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
          slot = Int(byte - UInt8(ascii: "a"))
        } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
          slot = 26 + Int(byte - UInt8(ascii: "0"))
        } else {
          continue
        }
        counts[slot] &+= counts[slot] == .max ? 0 : 1
      }
    }

    /// The fewest edits that can turn the one text into the other, judged by the counts alone.
    ///
    /// A substitution changes two counts by one, an insertion or a deletion one count, a swap of
    /// neighbours none: half the sum of the differences (rounded up) is never more than the
    /// edit distance.
    func editsNeeded(toMatch other: LetterCounts) -> Int {
      let difference = pointwiseMax(counts, other.counts) &- pointwiseMin(counts, other.counts)
      return (Int(SIMD64<UInt16>(truncatingIfNeeded: difference).wrappedSum()) + 1) / 2
    }
  }

  /// Every word of the catalog's names and phone texts, folded: what a phone text or name typed
  /// without quotes can be made of.
  static let catalogWords: Set<[UInt8]> = {
    var words = Set<[UInt8]>()
    func add(_ text: String) {
      for word in TextFolding.wordLine(text).split(separator: UInt8(ascii: " ")) { words.insert(Array(word)) }
    }
    for entry in ErrorCatalog.entries {
      entry.allNames.forEach(add)
      entry.phoneDisplays.forEach(add)
    }
    for message in ErrorCatalog.messages {
      add(message.name)
      message.phoneDisplays.forEach(add)
    }
    return words
  }()

  /// The option closest to a mistyped one, if any is close enough.
  package static func option(near typed: String, among options: [String]) -> String? {
    let bytes = Array(typed.utf8)
    let limit = max(1, min(3, typed.count / 3))
    var best: (option: String, distance: Int)?
    for option in options {
      guard let distance = editDistance(bytes, Array(option.utf8), atMost: limit) else { continue }
      if distance < best?.distance ?? .max { best = (option, distance) }
    }
    return best?.option
  }

  /// The edit distance between two byte strings, counting an insertion, a deletion, a
  /// substitution or a swap of two neighbours as one edit (optimal string alignment).
  package static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    // No two texts are further apart than the longer one is long.
    editDistance(a, b, atMost: max(a.count, b.count)) ?? max(a.count, b.count)
  }

  /// The edit distance between two byte strings (as ``editDistance(_:_:)``) if it is at most
  /// `limit`, else `nil`.
  ///
  /// Only the cells within `limit` of the diagonal can stay within the limit, so only they are
  /// computed, and the work stops at the first row whose every cell exceeds it: O(length × limit).
  package static func editDistance(_ a: [UInt8], _ b: [UInt8], atMost limit: Int) -> Int? {
    guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    let beyond = limit + 1
    var before = [Int](repeating: beyond, count: b.count + 1)
    var previous = [Int](repeating: beyond, count: b.count + 1)
    var current = [Int](repeating: beyond, count: b.count + 1)
    for j in 0...min(b.count, limit) { previous[j] = j }
    for i in 1...a.count {
      let low = max(1, i - limit)
      let high = min(b.count, i + limit)
      current[0] = min(i, beyond)
      if low > 1 { current[low - 1] = beyond }
      if high < b.count { current[high + 1] = beyond }
      var rowBest = current[0]
      for j in low...high {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          value = min(value, before[j - 2] + 1)
        }
        current[j] = min(value, beyond)
        rowBest = min(rowBest, current[j])
      }
      if rowBest > limit { return nil }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }

  /// The folded letters and digits of a text: the form names are compared in.
  static func letters(_ text: String) -> [UInt8] {
    TextFolding.fold(text).filter {
      ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
    }
  }
}
