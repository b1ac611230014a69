// libFuzzer target `collection`: what `--explain` does with a trace download: gzip, several
// inputs merged into one report, and a large file read in shares.
//
// The input is split at the byte 0xFE into at most four inputs. Each input that starts with the
// gzip magic (1f 8b) is inflated through GzipReader first (a broken stream must throw an
// InputError, never trap). Each is scanned, and the reports are merged in order. The first input
// is also scanned in two shares, cut at the line start nearest its middle, and the shares'
// reports merged as the command merges a large file's; its counts must equal the whole scan's.
// Every merged report is rendered in every form.

/// libFuzzer entry point: inflates, scans, merges and renders the inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let inputs = bytes.split(separator: 0xFE, maxSplits: 3, omittingEmptySubsequences: false).map(Array.init)
  var reports: [ExplainReport] = []
  for (index, input) in inputs.enumerated() {
    let name = "input\(index)"
    if input.starts(with: [0x1F, 0x8B]) {
      var reader = GzipReader(base: AnyByteReader(MemoryReader(input, chunkSize: 97)), name: name, inputSize: 64)
      do throws(InputError) {
        reports.append(try ExplainScanner.scan(&reader, input: name))
      } catch {
        consume(error.message(in: .german))
        consume(error.message(in: .english))
      }
    } else {
      var reader = MemoryReader(input, chunkSize: 211)
      reports.append(ExplainScanner.scan(&reader, input: name))
    }
  }
  guard !reports.isEmpty else { return 0 }
  let merged = ExplainReport.merged(reports)
  precondition(merged.outcomeCount == reports.reduce(0) { $0 + $1.outcomeCount })
  precondition(merged.lines == reports.reduce(0) { $0 + $1.lines })
  for renderer in [
    ExplainRenderer(text: TextRenderer(language: .german)),
    ExplainRenderer(text: TextRenderer(language: .english), by: .user),
  ] {
    consume(renderer.text(merged, skipped: 1))
    consume(renderer.json(merged).text)
    consume(renderer.jsonSummary(merged).text)
    consume(renderer.markdown(merged))
  }
  for outcome in merged.firstOutcomes.prefix(20) {
    consume(ExplainRenderer(text: TextRenderer(language: .english)).jsonLine(outcome).text)
    let table = TextBuffer()
    DelimitedRenderer(dialect: .csv, language: .german).writeOutcome(outcome, to: table)
    consume(table.string)
  }

  // The first input in two shares, as a large file is read: the same outcomes and lines.
  let first = inputs[0]
  guard !first.starts(with: [0x1F, 0x8B]), first.count > 2,
    let cut = first[(first.count / 2)...].firstIndex(of: 0x0A).map({ $0 + 1 }), cut < first.count
  else { return 0 }
  var whole = MemoryReader(first)
  let expected = ExplainScanner.scan(&whole, input: "share")
  var head = MemoryReader(first)
  var tail = MemoryReader(first)
  var shares = ExplainScanner.scan(&head, input: "share", recordUntil: cut)
  shares.mergePart(ExplainScanner.scan(&tail, input: "share", recordFrom: cut))
  precondition(shares.lines == expected.lines, "lines \(shares.lines) != \(expected.lines)")
  precondition(
    shares.outcomeCount == expected.outcomeCount, "outcomes \(shares.outcomeCount) != \(expected.outcomeCount)")
  return 0
}
