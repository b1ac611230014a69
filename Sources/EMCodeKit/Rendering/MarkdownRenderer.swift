/// Renders catalog items as Markdown, for documentation and tickets.
public struct MarkdownRenderer: Sendable {
  /// The language of labels and hints.
  public let language: Language

  private var labels: Labels { Labels.of(language) }

  /// Creates a renderer.
  public init(language: Language) {
    self.language = language
  }

  /// A table of entries: code, family, name, frequent and phone display.
  ///
  /// README.md's reference table is this output for the whole catalog.
  public func table(_ entries: [ErrorEntry]) -> String {
    let header =
      language == .german
      ? "| Code | Familie | Name | Häufig | Telefon zeigt |\n"
      : "| Code | Family | Name | Frequent | Phone shows |\n"
    var out = header + "|---:|---|---|:---:|---|\n"
    for entry in entries {
      let name = escape(entry.name) + (entry.isNameDerived ? " (\(labels.derived))" : "")
      let displays = entry.phoneDisplays.map(codeSpan).concatenated(separator: "<br>")
      out += "| \(entry.code) | \(entry.family.rawValue) | \(name) | \(entry.isFrequent ? "✓" : "") | \(displays) |\n"
    }
    return out
  }

  /// A section for one catalog item, with every field as a bullet.
  public func section(_ item: CatalogItem) -> String {
    switch item {
    case .entry(let entry):
      var title = "### \(entry.code) \(escape(entry.name))"
      if entry.isNameDerived { title += " (\(labels.derived))" }
      if entry.isFrequent { title += " (\(labels.frequent))" }
      var out = title + "\n\n"
      out += bullet(labels.family, labels.name(of: entry.family))
      out += bullet(labels.description, entry.description)
      out += bullet(labels.cause, entry.cause)
      out += bullet(
        labels.phoneDisplay, entry.phoneDisplays.map(codeSpan).concatenated(separator: ", "), escaped: false)
      out += bullet(labels.action, entry.action)
      out += bullet(labels.hint, entry.hint(in: language))
      if let legacy = entry.legacyName {
        out += bullet(labels.legacyName, entry.legacyDescription.map { "\(legacy): \($0)" } ?? legacy)
      }
      out += bullet(labels.otherNames, entry.otherNames.concatenated(separator: ", "))
      for note in entry.notes { out += bullet(labels.notes, note) }
      return out + sources(entry.sources)
    case .message(let message):
      var out = "### \(escape(message.name)) (\(labels.message))\n\n"
      out += bullet(labels.description, message.description)
      out += bullet(
        labels.phoneDisplay, message.phoneDisplays.map(codeSpan).concatenated(separator: ", "), escaped: false)
      out += bullet(labels.action, message.action)
      out += bullet(labels.hint, message.hint(in: language))
      for note in message.notes { out += bullet(labels.notes, note) }
      return out + sources(message.sources)
    }
  }

  private func bullet(_ label: String, _ value: String?, escaped: Bool = true) -> String {
    guard let value, !value.isEmpty else { return "" }
    return "- **\(label):** \(escaped ? escape(value) : value)\n"
  }

  private func sources(_ sources: [SourceReference]) -> String {
    var out = "- **\(labels.sources):**\n"
    for source in sources {
      out += "  - \(source.id): [\(escape(source.title))](\(source.url)), \(escape(source.release))\n"
    }
    return out
  }

  /// Text with the characters that Markdown or a table would misread escaped.
  func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "|", "*", "_", "`", "<", ">", "[", "]", "\\", "#": out += "\\\(character)"
      default: out.append(character)
      }
    }
    return out
  }

  /// A code span that holds any text, also one with backticks or a pipe.
  func codeSpan(_ text: String) -> String {
    "`" + text.replacing("|", with: "\\|") + "`"
  }
}
