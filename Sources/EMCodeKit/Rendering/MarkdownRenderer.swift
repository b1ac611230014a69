/// Renders catalog items as Markdown, for documentation and tickets, in one language.
public struct MarkdownRenderer: Sendable {
  /// The language of labels and texts.
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
    var out = tableHeader
    for entry in entries { out += row(entry) }
    return out
  }

  /// The header of ``table(_:)``: column names and alignment.
  var tableHeader: String {
    "| Code | \(labels.family) | Name | \(labels.frequent.firstUppercased) | \(labels.phoneShows) |\n"
      + "|---:|---|---|:---:|---|\n"
  }

  /// One row of ``table(_:)``.
  func row(_ entry: ErrorEntry) -> String {
    let name = escape(entry.name) + (entry.isNameDerived ? " (\(labels.derived))" : "")
    let displays = entry.phoneDisplays.map(codeSpan).concatenated(separator: "<br>")
    return
      "| \(entry.code) | \(labels.name(of: entry.family)) | \(name) | \(entry.isFrequent ? "✓" : "") | \(displays) |\n"
  }

  /// A section for one catalog item: the short answer's fields as bullets, or with `verbose` the
  /// whole page, Cisco's original texts quoted and the sources linked.
  public func section(_ item: CatalogItem, verbose: Bool = false) -> String {
    var out: String
    switch item {
    case .entry(let entry):
      out = "### \(entry.code) \(escape(entry.name))"
      if entry.isNameDerived { out += " (\(labels.derived))" }
      out += " (\(labels.name(of: entry.family))" + (entry.isFrequent ? ", \(labels.frequent))" : ")") + "\n\n"
      out += bullet(labels.phoneShows, entry.phoneDisplays.map(codeSpan).concatenated(separator: ", "), escaped: false)
      out += bullet(labels.meaning, entry.meaning(in: language))
      if verbose { out += bullet(labels.cause, entry.cause(in: language)) }
      out += bullet(labels.fix, entry.hint(in: language) ?? labels.noHint)
      out += bullet(labels.also, TextRenderer(language: language).alsoLine(entry))
      out += notes(entry.notes, verbose: verbose)
      if verbose {
        out += bullet(labels.otherNames, entry.otherNames.concatenated(separator: ", "))
        out += bullet(labels.originalDescription, labels.quoted(entry.description))
        out += bullet(labels.originalCause, entry.cause.map(labels.quoted))
        out += bullet(labels.originalAction, entry.action.map(labels.quoted))
        if let legacy = entry.legacyName {
          let text = labels.quoted(legacy) + (entry.legacyDescription.map { ": " + labels.quoted($0) } ?? "")
          out += bullet(labels.legacyName, text)
        }
        out += sources(entry.sources)
      } else {
        out += bullet(labels.sources, entry.sourceIDs.concatenated(separator: ", "))
      }
    case .message(let message):
      out = "### \(escape(message.name)) (\(labels.message))\n\n"
      out += bullet(
        labels.phoneShows, message.phoneDisplays.map(codeSpan).concatenated(separator: ", "), escaped: false)
      out += bullet(labels.meaning, message.meaning(in: language))
      out += bullet(labels.fix, message.hint(in: language) ?? labels.noHint)
      out += notes(message.notes, verbose: verbose)
      if verbose {
        out += bullet(labels.originalDescription, message.description.map(labels.quoted))
        out += bullet(labels.originalAction, message.action.map(labels.quoted))
        out += sources(message.sources)
      } else {
        out += bullet(labels.sources, message.sourceIDs.concatenated(separator: ", "))
      }
    }
    return out
  }

  private func notes(_ notes: [Note], verbose: Bool) -> String {
    var out = ""
    for note in notes where note.audience == .user { out += bullet(labels.note, note.text(in: language)) }
    if verbose {
      for note in notes where note.audience == .maintainer { out += bullet(labels.notes, note.text(in: language)) }
    }
    return out
  }

  private func bullet(_ label: String, _ value: String?, escaped: Bool = true) -> String {
    guard let value, !value.isEmpty else { return "" }
    return "- **\(label):** \(escaped ? escape(value) : value)\n"
  }

  private func sources(_ sources: [SourceReference]) -> String {
    var out = "- **\(labels.sources):**\n"
    for source in sources {
      out += "  - \(source.id): [\(escape(source.title))](\(source.url)), \(escape(source.release))"
      if let note = source.note(in: language) { out += ". " + escape(note) }
      out += "\n"
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
