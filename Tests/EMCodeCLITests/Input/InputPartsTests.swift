import EMCodeKit
import Foundation
import Testing

@testable import EMCodeCLI

/// A large plain-text file is read in shares at once; the shares start at line starts, cover the
/// file, and their merged report is the report of the whole file.
struct InputPartsTests {
  /// Calls `body` with a temporary file that holds the fixture text `count` times, several
  /// requests' worth of trace.
  static func withTrace<Result>(repeating count: Int, _ body: (URL) throws -> Result) throws -> Result {
    let text = try Data(contentsOf: InputTestSupport.traces.appendingPathComponent("emservice-failures.log"))
    return try InputTestSupport.withTemporaryFolder { folder in
      try InputTestSupport.write(Array(repeatElement(text, count: count).joined()), to: "trace.log", in: folder)
      return try body(folder.appendingPathComponent("trace.log"))
    }
  }

  static func source(_ url: URL) -> InputSource {
    InputSource(location: .file(path: Array(url.path.utf8)), name: url.lastPathComponent, isNamed: true)
  }

  @Test(arguments: [8 << 10, 64 << 10, 100_000])
  func sharesStartAtLinesAndCoverTheFile(_ partSize: Int) throws {
    try Self.withTrace(repeating: 20) { url in
      let bytes = Array(try Data(contentsOf: url))
      let parts = try #require(Self.source(url).parts(partSize: partSize))
      #expect(parts.count >= bytes.count / partSize - 1)
      #expect(parts.first?.share.lowerBound == 0 && parts.last?.share.upperBound == bytes.count)
      for (part, next) in zip(parts, parts.dropFirst()) {
        #expect(part.share.upperBound == next.share.lowerBound)
        #expect(bytes[next.share.lowerBound - 1] == 0x0A, "a share starts at the start of a line")
        #expect(next.readFrom == max(0, next.share.lowerBound - InputSource.warmUp))
        #expect(part.readTo == min(bytes.count, part.share.upperBound + InputSource.overscan))
      }
    }
  }

  @Test func theMergedSharesAreTheWholeFile() throws {
    try Self.withTrace(repeating: 20) { url in
      let source = Self.source(url)
      var whole = try #require(try source.open(standardInput: { AnyByteReader(MemoryReader([])) }))
      let expected = try ExplainScanner.scan(&whole.reader, input: source.name)
      var merged: ExplainReport?
      for part in try #require(source.parts(partSize: 50_000)) {
        var reader = try source.open(part)
        let report = try ExplainScanner.scan(
          &reader, input: source.name, recordFrom: part.share.lowerBound - part.readFrom,
          recordUntil: part.share.upperBound - part.readFrom)
        if merged == nil { merged = report } else { merged?.mergePart(report) }
      }
      let renderer = ExplainRenderer(text: TextRenderer(language: .english, style: .plain, width: nil))
      #expect(renderer.json(try #require(merged)).text == renderer.json(expected).text)
      #expect(merged?.lines == expected.lines && expected.lines > 9000)
    }
  }

  @Test(arguments: ["collection/emservice/emservice00042.log.gz", "ticket-utf16.txt"])
  func compressedAndUTF16FilesAreReadWhole(_ name: String) {
    let url = InputTestSupport.traces.appendingPathComponent(name)
    #expect(Self.source(url).parts(partSize: 16) == nil)
  }
}
