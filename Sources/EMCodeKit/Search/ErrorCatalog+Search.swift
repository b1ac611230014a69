import _EMCodeFolding

/// What a search found: entries first, then code-less phone messages.
public struct SearchResult: Sendable {
  /// The matching entries, best first.
  public let entries: [ErrorEntry]
  /// The matching phone messages.
  public let messages: [PhoneMessage]

  /// Whether nothing matched.
  public var isEmpty: Bool { entries.isEmpty && messages.isEmpty }
}

extension ErrorCatalog {
  /// Finds the entries in which every word occurs.
  ///
  /// A word matches anywhere in an entry's names, 4.1 name and description, description,
  /// cause, phone texts, Cisco's action and both hints, ignoring case and umlaut spelling
  /// (see ``TextFolding``). Entries with more words in their names rank first; ties keep
  /// code order.
  ///
  /// - Parameters:
  ///   - words: The search words; each may itself contain spaces, which split it further.
  ///   - family: Only entries of this family, or all when `nil`.
  /// - Complexity: O(n·m) byte comparisons over the folded catalog text, with no index built.
  public static func search(_ words: [String], family: ErrorFamily? = nil) -> SearchResult {
    let needles = SearchNeedles(words)
    guard !needles.isEmpty else { return SearchResult(entries: [], messages: []) }
    var found: [ErrorEntry] = []
    var scores: [Int] = []
    for entry in entries where family == nil || entry.family == family {
      let searchable = searchText(code: entry.code)
      guard needles.allOccur(in: searchable.text) else { continue }
      found.append(entry)
      scores.append(needles.countOccurring(in: searchable.names))
    }
    // sorted(by:) is stable, so equal scores keep code order.
    let ranked = found.indices.sorted { scores[$0] > scores[$1] }.map { found[$0] }
    var messagesFound: [PhoneMessage] = []
    if family == nil {
      for message in messages where needles.allOccur(in: searchText(messageID: message.id)) {
        messagesFound.append(message)
      }
    }
    return SearchResult(entries: ranked, messages: messagesFound)
  }

}

/// The folded search words, kept in one byte array so that search builds no nested arrays.
struct SearchNeedles {
  private var bytes: [UInt8] = []
  private var ends: [Int] = []

  /// Folds the words, split further at white space; empty ones are dropped.
  init(_ words: [String]) {
    for word in words {
      var start = bytes.count
      var folded: [UInt8] = []
      TextFolding.fold(word.utf8, expandingUmlauts: true, into: &folded)
      for byte in folded {
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
          if bytes.count > start { ends.append(bytes.count) }
          start = bytes.count
        } else {
          bytes.append(byte)
        }
      }
      if bytes.count > start { ends.append(bytes.count) }
    }
  }

  /// Whether there are no words.
  var isEmpty: Bool { ends.isEmpty }

  /// Whether every word occurs in `text`.
  func allOccur(in text: StaticString) -> Bool {
    countOccurring(in: text, stopAtFirstMiss: true) == ends.count
  }

  /// How many words occur in `text`.
  func countOccurring(in text: StaticString, stopAtFirstMiss: Bool = false) -> Int {
    text.withUTF8Buffer { haystack in
      bytes.withUnsafeBufferPointer { all in
        var count = 0
        var start = 0
        for end in ends {
          if ByteSearch.contains(haystack, UnsafeBufferPointer(rebasing: all[start..<end])) {
            count += 1
          } else if stopAtFirstMiss {
            return count
          }
          start = end
        }
        return count
      }
    }
  }
}
