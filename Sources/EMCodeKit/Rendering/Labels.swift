/// The words of the text output in one language.
public struct Labels: Sendable {
  /// Marks a frequent code.
  public let frequent: String
  /// Marks a name derived from the reason.
  public let derived: String
  /// Row labels of an entry block.
  public let family, otherNames, legacyName, description, cause, phoneDisplay, action, hint, notes, sources: String
  /// Shown instead of a hint where the references support none.
  public let noHint: String
  /// Shown where the sources give no phone display.
  public let noDisplay: String
  /// Long names of the families.
  public let service, emcc, application, message: String
  /// Words of the explain report.
  public let line, lines, count, first, last, successes, queries, noCode, undocumented, oneOf, summary,
    explanations: String

  /// The labels for a language.
  public static func of(_ language: Language) -> Labels {
    language == .german ? german : english
  }

  /// The long name of a family.
  public func name(of family: ErrorFamily) -> String {
    switch family {
    case .service: return service
    case .emcc: return emcc
    case .application: return application
    }
  }

  static let german = Labels(
    frequent: "häufig", derived: "abgeleitet", family: "Familie", otherNames: "Auch genannt",
    legacyName: "CallManager 4.1", description: "Beschreibung", cause: "Ursache",
    phoneDisplay: "Telefon zeigt", action: "Cisco empfiehlt", hint: "Abhilfe", notes: "Beachte",
    sources: "Quellen", noHint: "(die Quellen nennen keine Abhilfe)",
    noDisplay: "(keine Anzeige dokumentiert)",
    service: "EM-Dienst (EMService)", emcc: "EMCC, Extension Mobility Cross Cluster (EMService)",
    application: "EM-Anwendung am Telefon (EMApp)", message: "Meldung ohne Code",
    line: "Zeile", lines: "Zeilen", count: "Anzahl", first: "erste",
    last: "letzte", successes: "erfolgreiche An-/Abmeldungen", queries: "erfolgreiche Abfragen",
    noCode: "Fehler ohne Code", undocumented: "kein dokumentierter EM-Code",
    oneOf: "einer von", summary: "Zusammenfassung", explanations: "Erklärungen")

  static let english = Labels(
    frequent: "frequent", derived: "derived", family: "Family", otherNames: "Also named",
    legacyName: "CallManager 4.1", description: "Description", cause: "Cause",
    phoneDisplay: "Phone shows", action: "Cisco's action", hint: "Fix", notes: "Note",
    sources: "Sources", noHint: "(the sources give no remedy)",
    noDisplay: "(no display documented)",
    service: "EM service (EMService)", emcc: "EMCC, Extension Mobility Cross Cluster (EMService)",
    application: "EM application on the phone (EMApp)", message: "message without a code",
    line: "line", lines: "lines", count: "count", first: "first",
    last: "last", successes: "successful logins/logouts", queries: "successful queries",
    noCode: "failure without a code", undocumented: "not a documented EM code",
    oneOf: "one of", summary: "Summary", explanations: "Explanations")
}
