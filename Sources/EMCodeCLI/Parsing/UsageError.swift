/// A wrong command line: the one-line message says what is wrong and what to do.
public struct UsageError: Error, Sendable, Equatable {
  /// The message, without the `emcode: ` prefix.
  public let message: String

  /// Creates a usage error.
  public init(_ message: String) {
    self.message = message
  }
}
