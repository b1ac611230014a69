import EMCodeCLI
import Foundation

/// A run of the command that writes its output out as it grows, as it does to a pipe or a file.
struct StreamedRun {
  /// How often output was written out before the end.
  private(set) var flushes = 0
  /// All the output, in order.
  private(set) var written = Data()
  /// How much output the run held when it ended.
  private(set) var heldAtEnd = 0

  init(_ arguments: [String]) {
    var flushes = 0
    var written = Data()
    var context = RunContext()
    context.flushOutput = { buffer in
      flushes += 1
      written += Data(buffer.string.utf8)
      buffer.removeAll()
      return true
    }
    let result = EMCodeCommand.run(arguments, context: context)
    self.flushes = flushes
    self.written = written + Data(result.stdout.utf8)
    heldAtEnd = result.output.count
  }
}
