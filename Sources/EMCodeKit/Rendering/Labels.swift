/// Every word the library's renderers write, in one language.
///
/// The German and English tables below are the only place where the rendering chooses a
/// language; a test checks that no string of one table appears in a run of the other.
public struct Labels: Sendable {
  /// The frequent mark, as in "(EM-Dienst, häufig)".
  public let frequent: String
  /// Marks a name derived from the reason.
  public let derived: String
  /// Short family names, for the header of an entry and the column of a listing.
  public let service, emcc, application, message: String
  /// Long family names, for the full page.
  public let serviceLong, emccLong, applicationLong: String

  /// Row labels of the short answer.
  public let phone, meaning, fix, also, note, more: String
  /// Row labels of the full page.
  public let family, phoneShows, cause, otherNames, legacyName, notes, sources, original, originalDescription,
    originalCause, originalAction: String
  /// Shown instead of a hint where the references support none.
  public let noHint: String
  /// Shown where the sources give no phone display.
  public let noDisplay: String
  /// The word before the source ids on the short answer ("Quellen S1 S2").
  public let sourcesWord: String
  /// The words around the other codes of a shared display: "„(23)“ kann auch" … "sein".
  public let alsoDisplay: (before: String, after: String)
  /// The word before related codes: "verwandt:".
  public let related: String
  /// The word between the last two items of a list of choices ("40 or 44").
  public let or: String
  /// The word between the last two items of a list of all ("--list and --search").
  public let and: String
  /// Opening and closing quotation marks.
  public let openQuote, closeQuote: String
  /// Search: the names of the fields a match was found in.
  public let matchName, matchDisplay, matchKeyword, matchMeaning, matchDescription, matchHint, matchAction: String

  /// Words of the explain report.
  public let line, lines, count, first, last, successes, queries, noCode, undocumented, oneOf, summary,
    explanations, unreadableCode, input, standardInput: String
  /// Words of the explain report about devices and users.
  public let device, devices, user, users, failures, notNamed, deviceAndUserNotNamed, inputNamesNoOne, doesNotExist,
    withoutDevice, withoutUser: String
  /// "+2 weitere", for names left out of a list.
  public let andMore: @Sendable (_ count: Int) -> String
  /// "2 ohne Angabe", for outcomes that name nothing.
  public let unnamed: @Sendable (_ count: Int) -> String
  /// "3 Eingaben", for a report over several inputs.
  public let inputCount: @Sendable (_ count: Int) -> String
  /// "1 Binärdatei übersprungen", for files a folder run skipped.
  public let skippedBinary: @Sendable (_ count: Int) -> String
  /// "further failures (more than 500 distinct ones)", from the limit.
  public let furtherFailures: @Sendable (_ limit: Int) -> String
  /// "the phone shows 23", from the number.
  public let phoneShowsNumber: @Sendable (_ number: Int) -> String

  /// The labels for a language.
  public static func of(_ language: Language) -> Labels {
    language == .german ? german : english
  }

  /// The short name of a family.
  public func name(of family: ErrorFamily) -> String {
    switch family {
    case .service: return service
    case .emcc: return emcc
    case .application: return application
    }
  }

  /// The long name of a family.
  public func longName(of family: ErrorFamily) -> String {
    switch family {
    case .service: return serviceLong
    case .emcc: return emccLong
    case .application: return applicationLong
    }
  }

  /// `text` in this language's quotation marks.
  public func quoted(_ text: String) -> String {
    openQuote + text + closeQuote
  }

  /// "a", "a or b", "a, b or c".
  public func list(_ items: [String]) -> String {
    join(items, or)
  }

  /// "a", "a and b", "a, b and c".
  public func listAll(_ items: [String]) -> String {
    join(items, and)
  }

  private func join(_ items: [String], _ conjunction: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().concatenated(separator: ", ") + " \(conjunction) " + (items.last ?? "")
  }

  /// The German words.
  public static let german = Labels(
    frequent: "häufig", derived: "abgeleitet",
    service: "EM-Dienst", emcc: "EMCC", application: "EM-Anwendung", message: "Meldung ohne Code",
    serviceLong: "EM-Dienst (EMService)", emccLong: "EMCC, Extension Mobility Cross Cluster (EMService)",
    applicationLong: "EM-Anwendung am Telefon (EMApp)",
    phone: "Telefon", meaning: "Bedeutung", fix: "Abhilfe", also: "Auch", note: "Beachte", more: "Mehr",
    family: "Familie", phoneShows: "Telefon zeigt", cause: "Ursache", otherNames: "Auch genannt",
    legacyName: "CallManager 4.1", notes: "Anmerkungen", sources: "Quellen",
    original: "Cisco im Original (englisch)", originalDescription: "Beschreibung", originalCause: "Ursache",
    originalAction: "Empfehlung",
    noHint: "(die Quellen nennen keine Abhilfe)", noDisplay: "(keine Anzeige dokumentiert)",
    sourcesWord: "Quellen", alsoDisplay: (" kann auch ", " sein"), related: "verwandt:", or: "oder", and: "und",
    openQuote: "„", closeQuote: "“",
    matchName: "Name", matchDisplay: "Telefon", matchKeyword: "Stichwort", matchMeaning: "Bedeutung",
    matchDescription: "Cisco", matchHint: "Abhilfe", matchAction: "Cisco empfiehlt",
    line: "Zeile", lines: "Zeilen", count: "Anzahl", first: "erste", last: "letzte",
    successes: "erfolgreiche An-/Abmeldungen", queries: "erfolgreiche Abfragen", noCode: "Fehler ohne Code",
    undocumented: "kein dokumentierter EM-Code", oneOf: "einer von", summary: "Zusammenfassung",
    explanations: "Erklärungen", unreadableCode: "API-Fehler mit unlesbarem Code",
    input: "Eingabe", standardInput: "Standardeingabe",
    device: "Gerät", devices: "Geräte", user: "Benutzer", users: "Benutzer", failures: "Fehler",
    notNamed: "nicht genannt", deviceAndUserNotNamed: "Gerät und Benutzer: nicht genannt",
    inputNamesNoOne: "Die Eingabe nennt zu keinem Fehler Gerät oder Benutzer.",
    doesNotExist: "nicht vorhanden (doesNotExist)", withoutDevice: "ohne Gerät", withoutUser: "ohne Benutzer",
    andMore: { "+\($0) weitere" }, unnamed: { "\($0) ohne Angabe" }, inputCount: { "\($0) Eingaben" },
    skippedBinary: { $0 == 1 ? "1 Binärdatei übersprungen" : "\($0) Binärdateien übersprungen" },
    furtherFailures: { "weitere Fehler (mehr als \($0) verschiedene)" },
    phoneShowsNumber: { "das Telefon zeigt \($0)" })

  /// The English words.
  public static let english = Labels(
    frequent: "frequent", derived: "derived",
    service: "EM service", emcc: "EMCC", application: "EM application", message: "message without a code",
    serviceLong: "EM service (EMService)", emccLong: "EMCC, Extension Mobility Cross Cluster (EMService)",
    applicationLong: "EM application on the phone (EMApp)",
    phone: "Phone", meaning: "Meaning", fix: "Fix", also: "Also", note: "Note", more: "More",
    family: "Family", phoneShows: "Phone shows", cause: "Cause", otherNames: "Also named",
    legacyName: "CallManager 4.1", notes: "Notes", sources: "Sources",
    original: "Cisco's original text", originalDescription: "Description", originalCause: "Cause",
    originalAction: "Recommended",
    noHint: "(the sources give no remedy)", noDisplay: "(no display documented)",
    sourcesWord: "sources", alsoDisplay: (" can also be ", ""), related: "related:", or: "or", and: "and",
    openQuote: "\"", closeQuote: "\"",
    matchName: "name", matchDisplay: "phone", matchKeyword: "keyword", matchMeaning: "meaning",
    matchDescription: "Cisco", matchHint: "fix", matchAction: "Cisco recommends",
    line: "line", lines: "lines", count: "count", first: "first", last: "last",
    successes: "successful logins/logouts", queries: "successful queries", noCode: "failure without a code",
    undocumented: "not a documented EM code", oneOf: "one of", summary: "Summary", explanations: "Explanations",
    unreadableCode: "API error with an unreadable code", input: "input", standardInput: "standard input",
    device: "device", devices: "devices", user: "user", users: "users", failures: "failures",
    notNamed: "not named", deviceAndUserNotNamed: "device and user: not named",
    inputNamesNoOne: "The input names no device or user for any failure.",
    doesNotExist: "does not exist (doesNotExist)", withoutDevice: "without a device", withoutUser: "without a user",
    andMore: { "+\($0) more" }, unnamed: { "\($0) unnamed" }, inputCount: { "\($0) inputs" },
    skippedBinary: { $0 == 1 ? "1 binary file skipped" : "\($0) binary files skipped" },
    furtherFailures: { "further failures (more than \($0) distinct ones)" },
    phoneShowsNumber: { "the phone shows \($0)" })
}
