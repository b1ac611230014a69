import _EMCodeFolding

extension Lookup {
  /// What some of a command line's arguments resolved to.
  ///
  /// A final class: an optional of it, as the iterator hands them out, needs no metadata built at
  /// run time.
  public final class Resolution: Sendable {
    /// The arguments it stands for: one, or the words of a text typed without quotes.
    public let arguments: Range<Int>
    /// The text resolved: the argument, or the words joined by spaces, trimmed.
    public let text: String
    /// What it means.
    public let outcome: Outcome

    init(arguments: Range<Int>, text: String, outcome: Outcome) {
      self.arguments = arguments
      self.text = text
      self.outcome = outcome
    }
  }

  /// The resolutions of a command line's arguments, made as they are iterated.
  public struct Resolutions: Sequence, Sendable {
    /// The arguments, as typed.
    public let arguments: [String]

    /// The most words one phone text or name typed without quotes may have.
    static let joinLimit = 12

    /// Makes an iterator over the resolutions.
    public func makeIterator() -> Iterator {
      Iterator(arguments: arguments)
    }

    /// Resolves the arguments one text at a time.
    public struct Iterator: IteratorProtocol {
      let arguments: [String]
      var index = 0

      /// The next resolution, or `nil` after the last argument.
      public mutating func next() -> Resolution? {
        guard index < arguments.count else { return nil }
        if let joined = join(from: index) {
          index = joined.arguments.upperBound
          return joined
        }
        let text = Lookup.trimmed(arguments[index])
        if let outcome = Lookup.found(text) {
          defer { index += 1 }
          return Resolution(arguments: index..<(index + 1), text: text, outcome: outcome)
        }
        // Words that mean nothing, one after another, are one unknown text.
        var end = index + 1
        if Lookup.isWord(text) {
          while end < arguments.count, join(from: end) == nil {
            let next = Lookup.trimmed(arguments[end])
            guard Lookup.isWord(next), Lookup.found(next) == nil else { break }
            end += 1
          }
        }
        let joined = arguments[index..<end].map(Lookup.trimmed).concatenated(separator: " ")
        defer { index = end }
        return Resolution(arguments: index..<end, text: joined, outcome: .notFound(Lookup.notRecognized(joined)))
      }

      /// The longest run of two or more arguments from `start` on that is one phone text or name
      /// typed without quotes, if there is one.
      ///
      /// Only runs of words the catalog's names and phone texts use, and at most one number, are
      /// tried, so that arguments that are no such text cost one set lookup each.
      func join(from start: Int) -> Resolution? {
        var end = start
        var numbers = 0
        var hasWord = false
        while end < arguments.count && end - start < Resolutions.joinLimit {
          let text = Lookup.trimmed(arguments[end])
          if !text.isEmpty && text.utf8.allSatisfy(ASCII.isDigit) {
            numbers += 1
            if numbers > 1 { break }
          } else if Lookup.isCatalogWording(text) {
            hasWord = true
          } else {
            break
          }
          end += 1
        }
        guard hasWord else { return nil }
        var candidate = end
        while candidate - start >= 2 {
          let text = arguments[start..<candidate].map(Lookup.trimmed).concatenated(separator: " ")
          // The run holds two or more arguments and at most one number, so a code found here
          // was never typed as digits alone.
          switch Lookup.found(text) {
          case .items(let items)? where !items.isEmpty:
            return Resolution(arguments: start..<candidate, text: text, outcome: .items(items))
          case .code(let entry)?:
            return Resolution(arguments: start..<candidate, text: text, outcome: .code(entry))
          default: break
          }
          candidate -= 1
        }
        return nil
      }
    }
  }

  /// Whether text has a letter: a word, not a number or punctuation.
  static func isWord(_ text: String) -> Bool {
    text.utf8.contains { ASCII.isLetter($0) || $0 >= 0x80 }
  }

  /// Whether every word of `text` is a word of the catalog's names or phone texts, so that it can
  /// be part of one typed without quotes.
  static func isCatalogWording(_ text: String) -> Bool {
    let line = TextFolding.wordLine(text)
    let words = line.split(separator: UInt8(ascii: " "))
    return !words.isEmpty && words.allSatisfy { Suggestions.catalogWords.contains(Array($0)) }
  }
}
