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
  func meaning(in language: Language) -> String {
    let german = language == .german
    switch self {
    case .found:
      return german
        ? "gefunden: jeder Code ist dokumentiert, eine Suche fand etwas, oder --explain erkannte ein Ergebnis"
        : "found: every code was documented, a search matched, or --explain recognised an outcome"
    case .notFound:
      return german
        ? "nicht gefunden: ein Code ist nicht dokumentiert, eine Suche fand nichts, oder --explain erkannte nichts"
        : "not found: a code is not documented, a search matched nothing, or --explain recognised nothing"
    case .usage:
      return german
        ? "Aufruf falsch: eine unbekannte Option, ein fehlender oder falscher Wert, oder Optionen, die nicht "
          + "zusammengehen"
        : "usage error: an unknown option, a missing or wrong value, or options that cannot be combined"
    case .noInput:
      return german
        ? "die Eingabedatei von --explain fehlt oder lässt sich nicht lesen"
        : "the input file of --explain does not exist or cannot be read"
    case .ioError:
      return german
        ? "die Ausgabe lässt sich nicht schreiben (zum Beispiel, weil der Datenträger voll ist)"
        : "the output cannot be written (for example, the disk is full)"
    }
  }
}
