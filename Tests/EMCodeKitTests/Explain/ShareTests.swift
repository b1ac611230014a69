import EMCodeKit
import Foundation
import Testing

/// A large file is read in shares; cut at any line start, the two shares' reports merged are the
/// whole file's: the same outcomes, on the same lines, with the same devices and users.
struct ShareTests {
  static func outcomes(_ report: ExplainReport) -> [String] {
    report.firstOutcomes.map { "\($0.line) \($0.kind) \($0.number ?? -1) \($0.device ?? "-") \($0.user ?? "-")" }
  }

  @Test(arguments: ["emservice-failures.log", "emapp-failures.log", "tac-web-copy.txt", "mail-wrapped.txt"])
  func anyCutGivesTheWholeReport(_ name: String) throws {
    let bytes = Array(try Data(contentsOf: TraceFixtureTests.folder.appendingPathComponent(name)))
    var whole = MemoryReader(bytes)
    let expected = ExplainScanner.scan(&whole, input: name)
    let lineStarts = bytes.indices.filter { $0 > 0 && bytes[$0 - 1] == 0x0A }
    for cut in lineStarts {
      var head = MemoryReader(bytes)
      var tail = MemoryReader(bytes)
      var merged = ExplainScanner.scan(&head, input: name, recordUntil: cut)
      merged.mergePart(ExplainScanner.scan(&tail, input: name, recordFrom: cut))
      #expect(merged.lines == expected.lines, "cut at \(cut)")
      #expect(Self.outcomes(merged) == Self.outcomes(expected), "cut at \(cut)")
    }
  }
}
