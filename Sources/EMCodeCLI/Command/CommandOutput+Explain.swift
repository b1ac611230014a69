import EMCodeKit

extension CommandOutput {
  /// How many inputs are read between two merges of their reports, per worker: one, so that the
  /// reports held at once stay few (each follows up to 5,000 devices and users); four per worker
  /// kept a folder of eight 25 MiB traces at 36 MiB instead of 32.
  static let inputsPerWorkerAndRound = 1

  /// Reads files, folders and standard input and explains what they hold: one report over all,
  /// or, as JSON lines and tables, every outcome as it is found.
  ///
  /// An input that cannot be read costs one line on standard error; the others are still read,
  /// and the run ends with ``ExitStatus/noInput``.
  func explain(_ arguments: [String], by subjects: ExplainReport.SubjectKind?, jobs: Int?) -> CommandResult {
    if arguments.isEmpty && context.stdinIsTerminal {
      return CommandResult(stderr: "emcode: \(UsageError.explainNeedsInput.message(in: language))\n", status: .usage)
    }
    let sources = InputCollection(arguments: arguments.isEmpty ? ["-"] : arguments).sources
    let sink = Sink(context: context)
    var run = ExplainRun()
    switch format {
    case .jsonl, .csv, .tsv: stream(sources, into: &run, sink: sink)
    case .text, .json, .markdown: gather(sources, jobs: jobs, into: &run, sink: sink)
    }
    let report = run.report ?? ExplainReport(input: arguments.first ?? "-")
    let renderer = ExplainRenderer(text: text, verbose: detail == .page, by: subjects)
    switch format {
    case .text:
      if !report.isEmpty { sink.output.append(renderer.text(report, skipped: run.skipped)) }
      if detail == .page { sink.cite(report.distinctItems.flatMap(\.sourceIDs)) }
      end(sink)
    case .json: renderer.json(report).write(to: sink.output)
    case .markdown: if !report.isEmpty { sink.output.append(renderer.markdown(report, skipped: run.skipped)) }
    case .jsonl: renderer.jsonSummary(report).writeLine(to: sink.output)
    case .csv, .tsv: break
    }
    if report.isEmpty && !run.hasUnreadableInput {
      let name =
        arguments.count <= 1
        ? Messages.inputName(arguments.first ?? "-", in: language) : labels.inputCount(arguments.count)
      sink.error(Messages.nothingRecognised(in: name, language: language))
    }
    // Only an unreadable input or an empty report reported an error: otherwise the run found.
    var result = sink.result()
    if run.hasUnreadableInput { result.status = .noInput }
    return result
  }

  /// What an explain run has read so far.
  struct ExplainRun {
    /// The report over the inputs read so far, in their order.
    var report: ExplainReport?
    /// How many binary files a folder held.
    var skipped = 0
    /// Whether an input could not be read.
    var hasUnreadableInput = false

    /// Adds the next input's report.
    mutating func add(_ next: ExplainReport) {
      if report == nil { report = next } else { report?.merge(next) }
    }

    /// Adds the report of the next share of the last input.
    mutating func addPart(_ next: ExplainReport) {
      if report == nil { report = next } else { report?.mergePart(next) }
    }
  }

  /// One piece of work of a run: a whole input, or a share of a large file.
  private struct Task {
    /// The input.
    let source: InputSource
    /// The share of it, or `nil` for all of it.
    let part: InputPart?
  }

  /// Reads the inputs on all processors (or `jobs`), a round at a time, and merges their reports
  /// in the inputs' order, so that the report does not depend on which finished first.
  ///
  /// A large plain-text file is read in shares at once (see ``InputSource/parts(partSize:)``).
  private func gather(_ sources: [InputSource], jobs: Int?, into run: inout ExplainRun, sink: Sink) {
    let workers = max(1, min(jobs ?? Platform.activeProcessorCount, CommandLineSpec.jobsLimit))
    let round = workers * Self.inputsPerWorkerAndRound
    let standardInput = context.standardInput
    var tasks: [Task] = []
    for source in sources {
      if let parts = source.parts() {
        tasks += parts.map { Task(source: source, part: $0) }
      } else {
        tasks.append(Task(source: source, part: nil))
      }
    }
    var start = 0
    var failedFile: String?
    while start < tasks.count {
      let batch = Array(tasks[start..<min(tasks.count, start + round)])
      let results = Platform.parallelMap(count: batch.count, jobs: workers) { index in
        Self.scan(batch[index], standardInput: standardInput)
      }
      for (task, result) in zip(batch, results) {
        guard let part = task.part, part.share.lowerBound > 0 else {
          take(result, into: &run, sink: sink)
          failedFile = task.part != nil && !result.isSuccess ? task.source.name : nil
          continue
        }
        // The next share of the file before: its lines continue that file's, unless a share failed.
        guard failedFile != task.source.name else { continue }
        if case .success(let report?) = result {
          run.addPart(report)
        } else {
          take(result, into: &run, sink: sink)
          failedFile = task.source.name
        }
      }
      start += round
    }
  }

  /// Reads the inputs one after another and writes every outcome as it is found: a JSON line or
  /// a table row.
  ///
  /// Memory stays flat however many outcomes there are.
  private func stream(_ sources: [InputSource], into run: inout ExplainRun, sink: Sink) {
    let table = self.table
    let renderer = ExplainRenderer(text: text)
    table?.writeOutcomeHeader(to: sink.output)
    for source in sources {
      if sink.isStopped { break }
      let result: Result<ExplainReport?, InputError>
      do throws(InputError) {
        if var input = try source.open(standardInput: context.standardInput) {
          let report = try ExplainScanner.scan(&input.reader, input: input.name) { outcome in
            if let table {
              table.writeOutcome(outcome, to: sink.output)
            } else {
              renderer.jsonLine(outcome).writeLine(to: sink.output)
            }
            sink.flushIfNeeded()
          }
          result = .success(report)
        } else {
          result = .success(nil)
        }
      } catch {
        result = .failure(error)
      }
      take(result, into: &run, sink: sink)
    }
  }

  /// Scans one input or share: its report, `nil` for a binary file a folder held, or why it could
  /// not be read.
  private static func scan(
    _ task: Task, standardInput: @escaping () -> AnyByteReader
  ) -> Result<ExplainReport?, InputError> {
    do throws(InputError) {
      if let part = task.part {
        var reader = try task.source.open(part)
        return .success(
          try ExplainScanner.scan(
            &reader, input: task.source.name, recordFrom: part.share.lowerBound - part.readFrom,
            recordUntil: part.share.upperBound - part.readFrom))
      }
      guard var input = try task.source.open(standardInput: standardInput) else { return .success(nil) }
      return .success(try ExplainScanner.scan(&input.reader, input: input.name))
    } catch {
      return .failure(error)
    }
  }

  private func take(_ result: Result<ExplainReport?, InputError>, into run: inout ExplainRun, sink: Sink) {
    switch result {
    case .success(let report?): run.add(report)
    case .success(nil): run.skipped += 1
    case .failure(let error):
      run.hasUnreadableInput = true
      sink.error(error.message(in: language))
    }
  }
}

extension Result {
  /// Whether the result is a success.
  fileprivate var isSuccess: Bool {
    if case .success = self { return true }
    return false
  }
}
