import EMCodeKit

/// Turns the catalog's answers into a ``CommandResult`` in the chosen format and detail.
///
/// Output is written as it grows (see ``RunContext/flushOutput``): a lookup of a hundred thousand
/// codes, in any format, holds no more than ``flushThreshold`` bytes at a time, and its messages
/// reach standard error as they come (see ``RunContext/writeError``).
struct CommandOutput {
  let language: Language
  let format: OutputFormat
  let family: ErrorFamily?
  let detail: Invocation.Detail
  let context: RunContext
  let text: TextRenderer

  /// How much output a run gathers before it is written out.
  static let flushThreshold = 1 << 20

  var labels: Labels { Labels.of(language) }
  private var markdown: MarkdownRenderer { MarkdownRenderer(language: language) }
  /// The table renderer of a CSV or TSV run.
  var table: DelimitedRenderer? { format.dialect.map { DelimitedRenderer(dialect: $0, language: language) } }

  /// What a run writes as it goes, and where.
  final class Sink {
    let output = TextBuffer()
    var stderr = ""
    var hasFailed = false
    var isStopped = false
    /// How many items were written, to separate the next one.
    var written = 0
    /// The sources cited so far, each once, in order (for the full pages' source list).
    var sourceIDs: [String] = []
    /// The first objects written, kept until the process ends (see ``CommandResult/keptAlive``).
    var keptAlive: [AnyObject] = []
    let context: RunContext

    init(context: RunContext) {
      self.context = context
    }

    /// Writes out the output gathered, if there is enough of it, or `force`.
    func flushIfNeeded(force: Bool = false) {
      guard let flush = context.flushOutput, force || output.count >= CommandOutput.flushThreshold else { return }
      if !flush(output) { isStopped = true }
    }

    /// Reports one problem: at once where the run can, else with the result.
    func error(_ message: String) {
      hasFailed = true
      let line = "emcode: \(message)\n"
      if let writeError = context.writeError { writeError(line) } else { stderr += line }
    }

    func cite(_ ids: [String]) {
      for id in ids where !sourceIDs.contains(id) { sourceIDs.append(id) }
    }

    /// Keeps one of the first objects a run made until the process ends.
    func keep(_ object: AnyObject) {
      if keptAlive.count < 32 { keptAlive.append(object) }
    }

    func result() -> CommandResult {
      var result = CommandResult(output: output, stderr: stderr, status: hasFailed ? .notFound : .found)
      result.keptAlive = keptAlive
      return result
    }
  }

  // MARK: Lookup

  /// What each argument means, one answer per code; a line on standard error for what is unknown.
  func lookup(_ arguments: [String]) -> CommandResult {
    let sink = Sink(context: context)
    begin(sink)
    for resolution in Lookup.resolve(arguments: arguments) {
      sink.keep(resolution)
      switch resolution.outcome {
      case .code(let entry): write(.entry(entry), to: sink)
      case .items(let items): write(items, for: resolution.text, to: sink)
      case .notFound(let reason): sink.error(reason.message(in: language))
      }
      sink.flushIfNeeded()
      if sink.isStopped { break }
    }
    end(sink)
    return sink.result()
  }

  /// The opening of a stream of items in the format: the JSON array's start, or the table's header.
  private func begin(_ sink: Sink) {
    switch format {
    case .json: sink.output.append("[")
    case .csv, .tsv: table?.writeHeader(to: sink.output)
    case .text, .markdown, .jsonl: break
    }
  }

  /// The closing of a stream of items: the JSON array's end, or the sources the full pages cited.
  func end(_ sink: Sink) {
    switch format {
    case .json: sink.output.append(sink.written == 0 ? "]\n" : "\n]\n")
    case .text:
      if detail == .page && !sink.sourceIDs.isEmpty {
        sink.output.newline()
        text.writeSources(sink.sourceIDs, to: sink.output)
      }
    case .markdown, .csv, .tsv, .jsonl: break
    }
  }

  /// Writes the items a text means; several are introduced by a line saying so.
  private func write(_ items: [CatalogItem], for argument: String, to sink: Sink) {
    if format == .text && detail != .brief && items.count > 1 {
      if sink.written > 0 { sink.output.newline() }
      let codes = items.map { $0.code.map(String.init) ?? $0.name }
      sink.output.append(Messages.severalMeanings(of: argument, codes: codes, in: language) + "\n\n")
      sink.written = 0
    }
    for item in items { write(item, to: sink) }
  }

  /// Writes one item in the format and detail of the run.
  private func write(_ item: CatalogItem, to sink: Sink) {
    let output = sink.output
    switch format {
    case .text:
      if sink.written > 0 && detail != .brief { output.newline() }
      switch detail {
      case .card: text.writeCard(item, to: output)
      case .page:
        text.writePage(item, to: output)
        sink.cite(item.sourceIDs)
      case .brief: text.writeBrief(item, to: output)
      }
    case .json:
      output.append(sink.written == 0 ? "\n  " : ",\n  ")
      item.json.write(to: output, indent: 2)
    case .markdown:
      if sink.written > 0 { output.newline() }
      output.append(markdown.section(item, verbose: detail == .page))
    case .csv, .tsv: table?.write(item, to: output)
    case .jsonl:
      item.json.writeLine(to: output)
    }
    sink.written += 1
  }

  // MARK: Search

  /// The codes whose texts contain every word, best first, each saying where it matched.
  func search(_ words: [String]) -> CommandResult {
    let result = ErrorCatalog.search(words, family: family, language: language)
    let sink = Sink(context: context)
    for match in result.matches { sink.keep(match) }
    guard !result.isEmpty else {
      sink.error(Messages.noMatch(words.concatenated(separator: " "), in: language))
      // A program reading JSON gets an empty array, one reading a table its header, as for a
      // lookup that finds nothing.
      begin(sink)
      end(sink)
      return sink.result()
    }
    begin(sink)
    for match in result.matches {
      if format == .text && detail == .card {
        text.writeSearchLine(match, to: sink.output)
        sink.written += 1
      } else {
        write(match.item, to: sink)
      }
    }
    end(sink)
    return sink.result()
  }

  // MARK: Listings

  /// A listing, one line per code (or a page, or a brief line), filtered by family.
  func listing(_ entries: [ErrorEntry], frequentOnly: Bool) -> CommandResult {
    let chosen = entries.filter { family == nil || $0.family == family }
    let sink = Sink(context: context)
    for entry in chosen { sink.keep(entry) }
    guard !chosen.isEmpty else {
      if let family { sink.error(Messages.emptyFamily(family, frequentOnly: frequentOnly, in: language)) }
      // A table is a table, if only of its header.
      if table != nil { begin(sink) }
      return sink.result()
    }
    switch (format, detail) {
    case (.text, .card):
      for entry in chosen { text.writeLine(.entry(entry), to: sink.output, marksFrequent: !frequentOnly) }
    case (.markdown, .card):
      sink.output.append(markdown.table(chosen))
    default:
      begin(sink)
      for entry in chosen { write(.entry(entry), to: sink) }
      end(sink)
    }
    return sink.result()
  }
}
