import EMCodeKit

/// Turns the catalog's answers into a ``CommandResult`` in the chosen format.
struct Output {
  let language: Language
  let format: OutputFormat
  let family: ErrorFamily?
  /// Writes out a long lookup's output as it grows; see ``RunContext/flushOutput``.
  let flush: ((TextBuffer) -> Bool)?
  let text: TextRenderer

  /// How much text output a lookup gathers before it is written out.
  static let flushThreshold = 1 << 20

  private var markdown: MarkdownRenderer { MarkdownRenderer(language: language) }

  /// One block per item each argument means; a line on standard error for each unknown one.
  func lookup(_ arguments: [String]) -> CommandResult {
    let output = TextBuffer()
    var items: [CatalogItem] = []
    var stderr = ""
    for argument in arguments {
      switch Lookup.resolve(argument) {
      case .code(let entry):
        if format == .text {
          if !output.isEmpty { output.newline() }
          text.write(entry, to: output)
        } else {
          items.append(.entry(entry))
        }
      case .items(let found):
        items += found
        guard format == .text else { continue }
        if !output.isEmpty { output.newline() }
        if found.count > 1 { output.append(ambiguity(argument, found)) }
        for (index, item) in found.enumerated() {
          if index > 0 { output.newline() }
          text.write(item, to: output)
        }
      case .notFound(let reason):
        stderr += "emcode: \(reason.message)\n"
      }
      if format == .text, output.count >= Self.flushThreshold, let flush {
        guard flush(output) else { break }
      }
    }
    write(items, to: output)
    return CommandResult(output: output, stderr: stderr, status: stderr.isEmpty ? .found : .notFound)
  }

  /// Writes items as JSON or Markdown; text was written as it came.
  private func write(_ items: [CatalogItem], to output: TextBuffer) {
    switch format {
    case .text: break
    case .json: JSONValue.array(items.map(\.json)).write(to: output)
    case .markdown:
      for (index, item) in items.enumerated() {
        if index > 0 { output.newline() }
        output.append(markdown.section(item))
      }
    }
  }

  /// The line before the blocks of an ambiguous phone text.
  private func ambiguity(_ argument: String, _ items: [CatalogItem]) -> String {
    let codes = Wording.list(
      items.map { $0.code.map(String.init) ?? $0.id }, conjunction: language == .german ? "oder" : "or")
    let shown = Sanitized.line(Lookup.trimmed(argument))
    return language == .german
      ? "„\(shown)“ kann \(codes) bedeuten:\n\n" : "\"\(shown)\" can mean \(codes):\n\n"
  }

  /// The codes whose texts contain every word, one line each.
  func search(_ words: [String]) -> CommandResult {
    let result = ErrorCatalog.search(words, family: family)
    guard !result.isEmpty else {
      let query = Sanitized.line(words.concatenated(separator: " "))
      let failure = EMCodeCommand.failure(
        "no code matches '\(query)'; try fewer or other words, or emcode --list", .notFound)
      // A program reading JSON gets an empty array, as for a lookup that finds nothing.
      if format == .json { JSONValue.array([]).write(to: failure.output) }
      return failure
    }
    let output = TextBuffer()
    if format == .text {
      for entry in result.entries { text.writeLine(entry, to: output) }
      for message in result.messages { text.writeLine(message, to: output) }
    } else {
      write(result.entries.map(CatalogItem.entry) + result.messages.map(CatalogItem.message), to: output)
    }
    return CommandResult(output: output, status: .found)
  }

  /// A listing, one line per code, filtered by family.
  func listing(_ entries: [ErrorEntry], what: String, marksFrequent: Bool = true) -> CommandResult {
    let chosen = entries.filter { family == nil || $0.family == family }
    guard !chosen.isEmpty else {
      return EMCodeCommand.failure("there are no \(what) in the family \(family?.rawValue ?? "")", .notFound)
    }
    let output = TextBuffer()
    switch format {
    case .text: for entry in chosen { text.writeLine(entry, to: output, marksFrequent: marksFrequent) }
    case .json: JSONValue.array(chosen.map(\.json)).write(to: output)
    case .markdown: output.append(markdown.table(chosen))
    }
    return CommandResult(output: output, status: .found)
  }

  /// Reads a file or standard input and explains what it finds.
  func explain(_ path: String?, context: RunContext) -> CommandResult {
    let fromStandardInput = path == nil || path == "-"
    if path == nil && context.stdinIsTerminal {
      return EMCodeCommand.failure(
        "--explain needs a FILE or input on standard input, e.g. emcode --explain response.xml", .usage)
    }
    let name = fromStandardInput ? (language == .german ? "Standardeingabe" : "standard input") : path ?? ""
    let report: ExplainReport
    do throws(InputError) {
      if fromStandardInput {
        var reader = context.standardInput()
        report = try ExplainScanner.scan(&reader)
      } else {
        let descriptor = try InputFile.open(path ?? "")
        defer { InputFile.close(descriptor) }
        var reader = FileDescriptorReader(descriptor: descriptor, name: path ?? "")
        report = try ExplainScanner.scan(&reader)
      }
    } catch {
      return EMCodeCommand.failure(error.message, .noInput)
    }
    let renderer = ExplainRenderer(text: text)
    let output = TextBuffer()
    switch format {
    case .text: if !report.isEmpty { output.append(renderer.text(report, inputName: name)) }
    case .json: renderer.json(report, inputName: fromStandardInput ? "-" : path ?? "").write(to: output)
    case .markdown: if !report.isEmpty { output.append(renderer.markdown(report, inputName: name)) }
    }
    var result = CommandResult(output: output, status: report.isEmpty ? .notFound : .found)
    if report.isEmpty {
      let shown = fromStandardInput ? "standard input" : "'\(Sanitized.line(name))'"
      result.stderr = "emcode: nothing in \(shown) looks like an EM API response, a phone text or an EM log line\n"
    }
    return result
  }
}
