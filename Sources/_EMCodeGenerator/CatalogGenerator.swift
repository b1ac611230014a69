import Foundation
import _EMCodeFolding

/// Turns `Data/error-codes.json` into `Sources/EMCodeKit/Catalog/ErrorCatalog+Generated.swift`.
public enum CatalogGenerator {
  /// The generated Swift source for the data file's JSON, after validating it.
  public static func swiftSource(fromJSON json: Data) throws -> String {
    let data = try CatalogData.decode(json)
    try data.validate()
    return swiftSource(for: data)
  }

  /// The generated Swift source for already decoded, valid data.
  public static func swiftSource(for data: CatalogData) -> String {
    var out = """
      // Generated from Data/error-codes.json by `swift run generate-error-codes`. Do not edit.
      // swift-format-ignore-file

      extension ErrorCatalog {
        /// The date of the data in `Data/error-codes.json`.
        public static let dataDate = \(literal(data.dataDate))

        /// Every documented code, ascending.
        public static let codes: [Int] = [\(data.codes.map { String($0.code) }.joined(separator: ", "))]

        /// The ids of the sources, in the order of the data file.
        public static let sourceIDs: [String] = \(literal(data.sources.map(\.id)))

        /// The source with the given id, or `nil` when there is none.
        public static func source(id: String) -> SourceReference? {
          switch id {

      """
    for source in data.sources {
      out += """
            case \(literal(source.id)):
              return SourceReference(
                id: \(literal(source.id)), title: \(literal(source.title)),
                url: \(literal(source.url)),
                release: \(literal(source.release)),
                noteDE: \(literal(source.noteDe)),
                noteEN: \(literal(source.noteEn)))

        """
    }
    out += "    default: return nil\n    }\n  }\n\n"
    out += "  /// The entry for a code, or `nil` when the code is not documented.\n"
    out += "  ///\n  /// A switch builds only the entry asked for, so a lookup touches no table.\n"
    out += "  public static func entry(code: Int) -> ErrorEntry? {\n    switch code {\n"
    for entry in data.codes {
      out += """
            case \(entry.code):
              return ErrorEntry(
                code: \(entry.code), family: .\(entry.family), name: \(literal(entry.name)),
                isNameDerived: \(entry.nameDerived ?? false), otherNames: \(literal(entry.otherNames ?? [])),
                legacyName: \(literal(entry.legacyName)),
                legacyDescription: \(literal(entry.legacyDescription)),
                description: \(literal(entry.description)),
                cause: \(literal(entry.cause)),
                phoneDisplays: \(literal(entry.phoneDisplay)),
                action: \(literal(entry.action)),
                meaningDE: \(literal(entry.meaningDe)),
                meaningEN: \(literal(entry.meaningEn)),
                causeDE: \(literal(entry.causeDe)),
                hintDE: \(literal(entry.hintDe)),
                hintEN: \(literal(entry.hintEn)),
                briefDE: \(literal(entry.briefDe)),
                briefEN: \(literal(entry.briefEn)),
                keywordsDE: \(literal(entry.keywordsDe)),
                keywordsEN: \(literal(entry.keywordsEn)),
                seeAlso: [\((entry.seeAlso ?? []).map(String.init).joined(separator: ", "))],
                isFrequent: \(entry.frequent), sourceIDs: \(literal(entry.sources)),
                \(notesArguments(entry.notes)))

        """
    }
    out += "    default: return nil\n    }\n  }\n\n"
    out += "  /// The ids of the phone messages, in the order of ``messages``.\n"
    out += "  static let messageIDs: [String] = \(literal(data.messages.map(\.id)))\n\n"
    out += "  /// Phone messages that carry no Extension Mobility code.\n"
    out += "  public static let messages: [PhoneMessage] = [\n"
    for message in data.messages {
      out += """
            PhoneMessage(
              id: \(literal(message.id)), name: \(literal(message.name)),
              description: \(literal(message.description)),
              phoneDisplays: \(literal(message.phoneDisplay)),
              action: \(literal(message.action)),
              meaningDE: \(literal(message.meaningDe)),
              meaningEN: \(literal(message.meaningEn)),
              hintDE: \(literal(message.hintDe)),
              hintEN: \(literal(message.hintEn)),
              briefDE: \(literal(message.briefDe)),
              briefEN: \(literal(message.briefEn)),
              keywordsDE: \(literal(message.keywordsDe)),
              keywordsEN: \(literal(message.keywordsEn)),
              sourceIDs: \(literal(message.sources)),
              \(notesArguments(message.notes))),

        """
    }
    out += "  ]\n\n"
    out += "  /// For a code: each number its phone texts show that other codes' texts show too, with those\n"
    out += "  /// codes, flattened as number, count, codes...\n"
    out += "  static func sharedDisplayNumbers(code: Int) -> [Int] {\n    switch code {\n"
    for entry in data.codes {
      let shared = sharedDisplayNumbers(of: entry, in: data.codes)
      if !shared.isEmpty {
        out += "    case \(entry.code): return [\(shared.map(String.init).joined(separator: ", "))]\n"
      }
    }
    out += "    default: return []\n    }\n  }\n\n"
    out += "  /// The folded words of a code's texts, for search.\n"
    out += "  static func searchIndex(code: Int) -> SearchIndex {\n    switch code {\n"
    for entry in data.codes {
      let names = [entry.name] + (entry.otherNames ?? []) + [entry.legacyName].compactMap { $0 }
      out +=
        "    case \(entry.code):\n      return "
        + indexLiteral(
          names: names, displays: entry.phoneDisplay, keywords: (entry.keywordsDe, entry.keywordsEn),
          texts: [entry.description, entry.cause, entry.legacyDescription].compactMap { $0 },
          localizedTexts: ([entry.meaningDe, entry.causeDe].compactMap { $0 }, [entry.meaningEn]),
          actions: [entry.action].compactMap { $0 },
          hints: ([entry.hintDe, entry.briefDe].compactMap { $0 }, [entry.hintEn, entry.briefEn].compactMap { $0 }))
        + "\n"
    }
    out += "    default: return SearchIndex()\n    }\n  }\n\n"
    out += "  /// The folded words of a message's texts, for search.\n"
    out += "  static func searchIndex(messageID id: String) -> SearchIndex {\n    switch id {\n"
    for message in data.messages {
      out +=
        "    case \(literal(message.id)):\n      return "
        + indexLiteral(
          names: [message.name], displays: message.phoneDisplay, keywords: (message.keywordsDe, message.keywordsEn),
          texts: [message.description].compactMap { $0 }, localizedTexts: ([message.meaningDe], [message.meaningEn]),
          actions: [message.action].compactMap { $0 },
          hints: (
            [message.hintDe, message.briefDe].compactMap { $0 }, [message.hintEn, message.briefEn].compactMap { $0 }
          )) + "\n"
    }
    out += "    default: return SearchIndex()\n    }\n  }\n}\n"
    return out
  }

  /// The numbers the phone texts of `entry` show, each followed by how many other codes show it
  /// too and those codes, ascending.
  static func sharedDisplayNumbers(of entry: CatalogData.Code, in codes: [CatalogData.Code]) -> [Int] {
    var out: [Int] = []
    for number in shownNumbers(entry.phoneDisplay) {
      let others = codes.filter { $0.code != entry.code && shownNumbers($0.phoneDisplay).contains(number) }
      if !others.isEmpty { out += [number, others.count] + others.map(\.code) }
    }
    return out
  }

  /// What ``shownNumbers(_:)`` looks for, compiled once: it runs for every pair of codes.
  private static let shownNumberExpression = try? NSRegularExpression(
    pattern: #"[(\[]\s*(\d+)\s*[)\]]|(?i:error)\s+(\d+)"#)

  /// The numbers phone texts show, in their order, each once: the digits in "(N)", "[N]" or after
  /// "Error ".
  static func shownNumbers(_ displays: [String]) -> [Int] {
    guard let expression = shownNumberExpression else { return [] }
    var numbers: [Int] = []
    for display in displays {
      let range = NSRange(display.startIndex..., in: display)
      for match in expression.matches(in: display, range: range) {
        for group in 1...2 {
          if let captured = Range(match.range(at: group), in: display), let number = Int(display[captured]),
            !numbers.contains(number)
          {
            numbers.append(number)
          }
        }
      }
    }
    return numbers
  }

  /// A `SearchIndex(...)` expression for an item's texts.
  static func indexLiteral(
    names: [String], displays: [String], keywords: ([String], [String]), texts: [String],
    localizedTexts: ([String], [String]), actions: [String], hints: ([String], [String])
  ) -> String {
    "SearchIndex(\n"
      + "        names: \(wordsLiteral(names)),\n"
      + "        displays: \(wordsLiteral(displays)),\n"
      + "        keywordsDE: \(wordsLiteral(keywords.0)), keywordsEN: \(wordsLiteral(keywords.1)),\n"
      + "        texts: \(wordsLiteral(texts)),\n"
      + "        textsDE: \(wordsLiteral(localizedTexts.0)),\n"
      + "        textsEN: \(wordsLiteral(localizedTexts.1)),\n"
      + "        actions: \(wordsLiteral(actions)),\n"
      + "        hintsDE: \(wordsLiteral(hints.0)),\n"
      + "        hintsEN: \(wordsLiteral(hints.1)))"
  }

  /// The folded words of `texts` as a literal `" word word "`: each text's words in the expanded
  /// umlaut form and, where it differs, in the stripped form too, texts separated by `"|"` so
  /// that a phrase never runs from one text into the next.
  static func wordsLiteral(_ texts: [String]) -> String {
    var line = " "
    for text in texts {
      let expanded = TextFolding.wordLine(text, expandingUmlauts: true)
      let stripped = TextFolding.wordLine(text, expandingUmlauts: false)
      line += String(decoding: expanded.dropFirst(), as: UTF8.self) + "| "
      if stripped != expanded { line += String(decoding: stripped.dropFirst(), as: UTF8.self) + "| " }
    }
    return literal(line)
  }

  /// The notes as the arguments `notesDE:notesEN:userNoteCount:`, those for users first.
  static func notesArguments(_ notes: [CatalogData.Note]) -> String {
    let ordered = notes.filter { $0.audience == "user" } + notes.filter { $0.audience != "user" }
    return "notesDE: \(literal(ordered.map(\.de))),\n        notesEN: \(literal(ordered.map(\.en))),\n"
      + "        userNoteCount: \(notes.filter { $0.audience == "user" }.count)"
  }

  /// A Swift string literal for `text`.
  static func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        out += "\\u{\(String(scalar.value, radix: 16))}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  static func literal(_ text: String?) -> String {
    text.map { literal($0) } ?? "nil"
  }

  static func literal(_ texts: [String]) -> String {
    "[" + texts.map { literal($0) }.joined(separator: ", ") + "]"
  }
}
