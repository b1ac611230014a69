import EMCodeKit

/// The man page emcode(1), in roff, made from ``CommandLineSpec`` and the catalog, in one language.
struct ManPage {
  /// The language of the page.
  let language: Language

  private var german: Bool { language == .german }

  /// The whole page; render it with `man -l` or `groff -man -Tutf8`.
  var text: String {
    let help = Help(language: language)
    var out = ".\\\" Man page for emcode \(EMCodeCommand.version); made by: emcode --generate man\n"
    out +=
      ".TH EMCODE 1 \(quoted(ErrorCatalog.dataDate)) \(quoted("emcode \(EMCodeCommand.version)")) "
      + "\(quoted(german ? "Benutzerbefehle" : "User Commands"))\n"
    out += ".SH NAME\n"
    out += "emcode \\- \(Self.escape(help.title))\n"
    out += ".SH \(Self.escape(german ? "ÜBERSICHT" : "SYNOPSIS"))\n"
    for (index, usage) in CommandLineSpec.usages.enumerated() {
      if index > 0 { out += ".br\n" }
      out += ".B emcode\n" + Self.escape(usage(language)) + "\n"
    }
    out += ".SH \(Self.escape(german ? "BESCHREIBUNG" : "DESCRIPTION"))\n"
    out += paragraph(description)
    out += ".PP\n" + paragraph(help.inputForms)
    out += ".PP\n" + paragraph(details)
    out += ".PP\n" + paragraph(explain)
    out += ".SH \(Self.escape(german ? "OPTIONEN" : "OPTIONS"))\n"
    for option in CommandLineSpec.options {
      out += ".TP\n"
      var names = option.short.map { "\\fB\\-\($0)\\fR, " } ?? ""
      names += "\\fB\\-\\-\(Self.escape(option.long))\\fR"
      if let valueName = option.valueName?(language) {
        let value =
          option.values.isEmpty ? "\\fI\(valueName)\\fR" : Self.escape(option.values.concatenated(separator: "|"))
        names += option.isValueOptional ? " [\(value)|\\-]" : " \(value)"
      }
      out += names + "\n" + Self.escape(option.summary(language)) + "\n"
    }
    out += ".PP\n" + paragraph(help.repeatedOptions)
    out += ".SH \(Self.escape(german ? "EXIT-STATUS" : "EXIT STATUS"))\n"
    for status in ExitStatus.allCases {
      out += ".TP\n.B \(status.rawValue)\n\(Self.escape(status.meaning(in: language))).\n"
    }
    out += ".SH \(Self.escape(german ? "UMGEBUNG" : "ENVIRONMENT"))\n"
    for variable in CommandLineSpec.environment {
      out += ".TP\n.B \(Self.escape(variable.name))\n\(Self.escape(variable.summary(language)))\n"
    }
    out += ".SH \(Self.escape(german ? "BEISPIELE" : "EXAMPLES"))\n"
    for example in CommandLineSpec.examples {
      out += ".TP\n.B \(Self.escape(example.command))\n\(Self.escape(example.summary(language))).\n"
    }
    out += ".SH \(Self.escape(german ? "SIEHE AUCH" : "SEE ALSO"))\n"
    out += ".BR errno (1),\n.BR perror (1)\n"
    out += ".PP\n"
    out += paragraph(
      "Cisco Extension Mobility API Developer Guide: https://developer.cisco.com/docs/extension-mobility-api/")
    return out
  }

  private var description: String {
    german
      ? "emcode erklärt die Fehlercodes von Extension Mobility (EM) in Cisco Unified Communications Manager "
        + "(CUCM): die Codes des EM-Dienstes, die die EM API in <error code=\"N\"> zurückgibt und das Telefon als "
        + "Login is unavailable(N) zeigt, die Codes von Extension Mobility Cross Cluster (EMCC) und die 2xx-Codes "
        + "der EM-Anwendung am Telefon. Die Antwort ist kurz: was das Telefon zeigt, was der Code bedeutet, wie man "
        + "ihn behebt, welche anderen Codes dieselbe Anzeige oder Ursache haben. Die Daten sind ins Programm "
        + "eingebaut; emcode liest zur Laufzeit keine Datei."
      : "emcode explains the error codes of Cisco Unified Communications Manager (CUCM) Extension Mobility (EM): "
        + "the codes of the EM service that the EM API returns in <error code=\"N\"> and the phone shows as "
        + "Login is unavailable(N), the codes of Extension Mobility Cross Cluster (EMCC), and the 2xx codes of the "
        + "EM application on the phone. The answer is short: what the phone shows, what the code means, how to fix "
        + "it, and which other codes have the same display or cause. The data is built into the program; emcode "
        + "reads no file at run time."
  }

  private var details: String {
    german
      ? "Mit -v zeigt emcode die ganze Seite: Ciscos englische Originaltexte als Zitate, die Empfehlung aus "
        + "Ciscos Fehlersuche, den Namen aus CallManager 4.1, alle Anmerkungen und am Ende die Quellen mit "
        + "Adressen. Mit -b eine Zeile pro Code. Die Nummer am Telefon ist nicht immer der Code: Please try to "
        + "login again (201) kann Anwendungscode 201 oder die Servicecodes 39 und 44 sein; emcode zeigt jeden."
      : "With -v, emcode shows the full page: Cisco's original English texts as quotes, the action Cisco's "
        + "troubleshooting recommends, the CallManager 4.1 name, every note, and at the end the sources with their "
        + "URLs. With -b, one line per code. The number on the phone is not always the code: Please try to login "
        + "again (201) can mean application code 201 or service codes 39 and 44; emcode shows every one."
  }

  private var explain: String {
    german
      ? "Mit --explain liest emcode Antworten der EM API, eingefügte Tickets oder ganze Logs des EM-Dienstes "
        + "und erklärt jedes Ergebnis: zuerst eine Zusammenfassung mit Anzahl, erster und letzter Zeile je Code, "
        + "dann die kurze Antwort zu jedem gefundenen Code."
      : "With --explain, emcode reads EM API responses, pasted tickets or whole EM service logs and explains "
        + "every outcome: first a summary with each code's count and first and last line, then the short answer "
        + "for each code found."
  }

  /// Text as roff: backslashes and dashes escaped, non-ASCII as `\[uXXXX]`, no line starting with a dot.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\e"
      case "-": out += "\\-"
      case "'", ".": out += out.isEmpty || out.hasSuffix("\n") ? "\\&\(scalar)" : String(scalar)
      case _ where scalar.value >= 0x80:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Prose as a roff paragraph.
  private func paragraph(_ text: String) -> String {
    Self.escape(text) + "\n"
  }

  private func quoted(_ text: String) -> String {
    "\"" + Self.escape(text) + "\""
  }
}
