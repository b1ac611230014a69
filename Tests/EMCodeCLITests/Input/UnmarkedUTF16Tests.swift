import EMCodeKit
import Foundation
import Testing

@testable import EMCodeCLI

/// UTF-16 without a byte order mark, as some Windows tools write it, is text wherever it is found:
/// a folder's run reads it as a run naming the file does, rather than skipping it as binary.
@Suite struct UnmarkedUTF16Tests {
  /// A ticket line with an EM API answer, in UTF-16 (little- or big-endian) without a byte order mark.
  static func ticket(_ text: String, littleEndian: Bool) -> [UInt8] {
    Array(text.utf16).flatMap { unit -> [UInt8] in
      let (low, high) = (UInt8(truncatingIfNeeded: unit), UInt8(truncatingIfNeeded: unit >> 8))
      return littleEndian ? [low, high] : [high, low]
    }
  }

  static func run(_ arguments: [String]) -> CommandResult {
    EMCodeCommand.run(["--lang", "en", "--format", "jsonl", "--explain"] + arguments, context: RunContext())
  }

  /// A non-ASCII letter (`ä` is `E4 00`) near the start is still UTF-16; so is plain ASCII.
  @Test(arguments: [
    ("Gerät SEP001122334455: <error code=\"22\">Device logon disabled</error>\n", true),
    ("Gerät SEP001122334455: <error code=\"22\">Device logon disabled</error>\n", false),
    ("Device SEP001122334455: <error code=\"22\">Device logon disabled</error>\n", true),
  ])
  func aFolderReadsItAsNamingTheFileDoes(_ text: String, _ littleEndian: Bool) throws {
    try InputTestSupport.withTemporaryFolder { folder in
      try InputTestSupport.write(Self.ticket(text, littleEndian: littleEndian), to: "ticket.txt", in: folder)
      let file = folder.appendingPathComponent("ticket.txt").path
      let named = Self.run([file])
      let walked = Self.run([folder.path])
      #expect(named.status == .found && named.stdout.contains("\"number\":22"), "\(named.stdout)")
      #expect(walked.status == .found && walked.stderr.isEmpty, "\(walked.stderr)")
      // The summary line names the argument; the outcomes are the same.
      #expect(walked.stdout.split(separator: "\n").dropLast() == named.stdout.split(separator: "\n").dropLast())
    }
  }

  /// The head of such a file is UTF-16, not binary; a NUL in UTF-8 text still makes it binary.
  @Test(arguments: [
    (ticket("Gerät: <error code=\"22\"/>", littleEndian: true), false),
    (ticket("Gerät: <error code=\"22\"/>", littleEndian: false), false),
    (Array("Gerät\0: <error code=\"22\"/>".utf8), true),
  ])
  func theHeadIsTextNotBinary(_ head: [UInt8], _ isBinary: Bool) {
    #expect(InputContent.isBinary(head) == isBinary)
    #expect(InputContent.isUTF16(head) == !isBinary)
  }
}
