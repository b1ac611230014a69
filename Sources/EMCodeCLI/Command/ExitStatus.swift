import EMCodeKit

/// The exit statuses of `emcode`, following sysexits(3) where one fits.
public enum ExitStatus: Int32, Sendable, CaseIterable {
  /// Everything asked for was found, or at least one outcome was recognised.
  case found = 0
  /// A code was not documented, a search matched nothing, or nothing was recognised.
  case notFound = 1
  /// The command line was wrong (EX_USAGE).
  case usage = 64
  /// The input file cannot be opened or read (EX_NOINPUT).
  case noInput = 66
  /// The output cannot be written, for example on a full disk (EX_IOERR).
  case ioError = 74

  /// What the status means, for help and the man page.
  public var meaning: String {
    switch self {
    case .found: return "found: every code was documented, a search matched, or --explain recognised an outcome"
    case .notFound:
      return "not found: a code is not documented, a search matched nothing, or --explain recognised nothing"
    case .usage: return "usage error: an unknown option, a missing or wrong value, or options that cannot be combined"
    case .noInput: return "the input file of --explain does not exist or cannot be read"
    case .ioError: return "the output cannot be written (for example, the disk is full)"
    }
  }
}
