import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A named pipe (FIFO) given to `--explain` is read as its writer wrote it: emcode opens it once,
/// for reading, since a first open only to look at it would take the writer's stream and leave
/// the real read waiting for another writer for ever.
@Suite struct NamedPipeTests {
  /// The text the writer sends.
  static let line = "<error code=\"22\">Device logon disabled</error>\n"

  /// The same text from a FIFO and from a file of the same name give the same output and status.
  ///
  /// The writer is as quick as `printf` in a shell: it opens the FIFO, writes and closes at once,
  /// so a reader that opened it only to look loses its text. The writer and emcode each give up
  /// after 10 s, so that a hang fails the test instead of blocking the run.
  @Test(.enabled(if: Tool.runs("timeout")), arguments: ["text", "json", "jsonl"])
  func aNamedPipeIsReadOnce(_ format: String) throws {
    try Executable.withTemporaryFolder { folder in
      let plain = folder.appendingPathComponent("plain")
      let pipe = folder.appendingPathComponent("pipe")
      for subfolder in [plain, pipe] {
        try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
      }
      try Data(Self.line.utf8).write(to: plain.appendingPathComponent("trace"))
      try #require(mkfifo(pipe.appendingPathComponent("trace").path, 0o600) == 0)

      let expected = try Executable.shell("cd '\(plain.path)' && emcode --explain trace --format \(format)")
      let run = try Executable.shell(
        "cd '\(pipe.path)' && { timeout 10 bash -c 'printf \"%s\\n\" \"$(< ../plain/trace)\" > trace' & }"
          + " && timeout 10 emcode --explain trace --format \(format)")
      #expect(expected.status == 0 && !expected.stdout.isEmpty, "\(expected)")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == expected.stdout && run.stderr == expected.stderr, "\(run)")
    }
  }
}
