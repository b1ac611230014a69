import EMCodeKit
import Testing

/// Reports over several inputs merge in the inputs' order, whatever order they were made in.
struct ExplainReportMergeTests {
  static func report(_ name: String, _ text: String) -> ExplainReport {
    var reader = MemoryReader(Array(text.utf8))
    return ExplainScanner.scan(&reader, input: name)
  }

  static let first = report(
    "a.log",
    "2026-03-02 08:00:00,000 INFO  [t-8443-1] EMServiceServlet          - 7: x Dev: SEP1- y\n"
      + "2026-03-02 08:00:01,000 INFO  [t-8443-1] EMServiceServlet          - 7:Request failed returning<error code=\"22\"/>\n"
  )
  static let second = report(
    "b.log",
    "<error code=\"25\"/>\n2026-03-01 07:00:00,000 INFO  [t-8443-2] EMServiceServlet          - 9: x Dev: SEP1- y\n"
      + "2026-03-01 07:00:02,000 INFO  [t-8443-2] EMServiceServlet          - 9:Request failed returning<error code=\"22\"/>\n"
  )

  @Test func countsTimesAndPlacesAddUp() throws {
    let merged = ExplainReport.merged([Self.first, Self.second])
    #expect(merged.inputs.map(\.name) == ["a.log", "b.log"])
    #expect(merged.lines == 5)
    #expect(merged.outcomeCount == 3)
    let group = try #require(merged.rankedGroups.first)
    #expect(group.number == 22 && group.tally.count == 2)
    #expect(group.tally.earliest == "2026-03-01 07:00:02,000" && group.tally.latest == "2026-03-02 08:00:01,000")
    #expect(group.tally.first?.input == 0 && group.tally.last?.input == 1 && group.tally.last?.line == 3)
    #expect(group.devices.counts == ["SEP1": 2])
    #expect(merged.groups.map(\.number) == [22, 25])
    #expect(merged.devices["SEP1"]?.failures.count == 2)
    #expect(merged.firstOutcomes.map(\.input) == ["a.log", "b.log", "b.log"])
  }

  @Test func theOrderOfTheInputsDecidesNotTheOrderOfScanning() {
    let forward = ExplainReport.merged([Self.first, Self.second])
    #expect(forward.firstOutcomes.map { "\($0.input):\($0.line)" } == ["a.log:2", "b.log:1", "b.log:3"])
    let backward = ExplainReport.merged([Self.second, Self.first])
    #expect(backward.inputs.map(\.name) == ["b.log", "a.log"])
    #expect(backward.groups.map(\.number) == [25, 22])
    #expect(backward.firstOutcomes.map { "\($0.input):\($0.line)" } == ["b.log:1", "b.log:3", "a.log:2"])
  }

  @Test func theListOfOutcomesStaysWithinItsLimit() {
    let big = Self.report("big", String(repeating: "<error code=\"22\"/>\n", count: ExplainReport.listLimit - 1))
    let merged = ExplainReport.merged([big, Self.second, Self.first])
    #expect(merged.firstOutcomes.count == ExplainReport.listLimit)
    #expect(merged.outcomeCount == ExplainReport.listLimit - 1 + 3)
  }
}
