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
      out += "    case \(literal(source.id)):\n"
      out += "      return SourceReference(\n"
      out += "        id: \(literal(source.id)), title: \(literal(source.title)),\n"
      out += "        url: \(literal(source.url)),\n"
      out += "        release: \(literal(source.release)))\n"
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
                hintDE: \(literal(entry.hintDe)),
                hintEN: \(literal(entry.hintEn)),
                isFrequent: \(entry.frequent), sourceIDs: \(literal(entry.sources)),
                notes: \(literal(entry.notes)))

        """
    }
    out += "    default: return nil\n    }\n  }\n\n"
    out += "  /// Phone messages that carry no Extension Mobility code.\n"
    out += "  public static let messages: [PhoneMessage] = [\n"
    for message in data.messages {
      out += """
            PhoneMessage(
              id: \(literal(message.id)), name: \(literal(message.name)),
              description: \(literal(message.description)),
              phoneDisplays: \(literal(message.phoneDisplay)),
              action: \(literal(message.action)),
              hintDE: \(literal(message.hintDe)),
              hintEN: \(literal(message.hintEn)),
              sourceIDs: \(literal(message.sources)), notes: \(literal(message.notes))
            ),

        """
    }
    out += "  ]\n\n"
    out += "  /// The folded search text of a code: its names, and every text, one per line.\n"
    out += "  static func searchText(code: Int) -> (names: StaticString, text: StaticString) {\n    switch code {\n"
    for entry in data.codes {
      let names = [entry.name] + (entry.otherNames ?? []) + [entry.legacyName].compactMap { $0 }
      let texts =
        names + [entry.legacyDescription, entry.description, entry.cause].compactMap { $0 }
        + entry.phoneDisplay + [entry.action, entry.hintDe, entry.hintEn].compactMap { $0 }
      out += "    case \(entry.code): return (\(searchLiteral(names)), \(searchLiteral(texts)))\n"
    }
    out += "    default: return (\"\", \"\")\n    }\n  }\n\n"
    out += "  /// The folded search text of a message, one text per line.\n"
    out += "  static func searchText(messageID id: String) -> StaticString {\n    switch id {\n"
    for message in data.messages {
      let texts =
        [message.name, message.description] + message.phoneDisplay
        + [message.action, message.hintDe, message.hintEn].compactMap { $0 }
      out += "    case \(literal(message.id)): return \(searchLiteral(texts))\n"
    }
    out += "    default: return \"\"\n    }\n  }\n}\n"
    return out
  }

  /// The folded search text of `texts`, one per line, as a Swift string literal.
  static func searchLiteral(_ texts: [String]) -> String {
    let bytes = texts.map { TextFolding.searchable($0) }.joined(separator: [UInt8(ascii: "\n")])
    return literal(String(decoding: Array(bytes), as: UTF8.self))
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
