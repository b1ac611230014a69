import EMCodeKit

/// The man page emcode(1), in roff, made from ``CommandLineSpec`` and the catalog.
enum ManPage {
  /// The whole page; render it with `man -l` or `groff -man -Tutf8`.
  public static var text: String {
    var out = ".\\\" Man page for emcode \(EMCodeCommand.version); made by: emcode --generate man\n"
    out +=
      ".TH EMCODE 1 \(quoted(ErrorCatalog.dataDate)) \(quoted("emcode \(EMCodeCommand.version)")) \(quoted("User Commands"))\n"
    out += ".SH NAME\n"
    out += "emcode \\- what a Cisco CUCM Extension Mobility error code means and how to fix it\n"
    out += ".SH SYNOPSIS\n"
    for (index, usage) in CommandLineSpec.usages.enumerated() {
      if index > 0 { out += ".br\n" }
      let words = usage.split(separator: " ", maxSplits: 1)
      out += ".B \(words[0])\n"
      if words.count > 1 { out += escape(String(words[1])) + "\n" }
    }
    out += ".SH DESCRIPTION\n"
    out += paragraph(
      "emcode explains the error codes of Cisco Unified Communications Manager (CUCM) Extension Mobility: "
        + "the codes of the EM service that the EM API returns in <error code=\"N\"> and the phone shows as "
        + "Login is unavailable(N), the codes of Extension Mobility Cross Cluster (EMCC), and the 2xx codes of "
        + "the EM application on the phone. For each code it shows Cisco's name and description, the CallManager 4.1 "
        + "name, the cause, the texts the phone displays, Cisco's recommended action, a remediation hint in German "
        + "or English, where Cisco's documents disagree, and the sources with their URLs.")
    out += ".PP\n"
    out += paragraph(
      "An argument may be a decimal code (leading zeros are fine), a name (current, other or 4.1, in any case), "
        + "or a text the phone displays. The number on the phone is not always the code: "
        + "Please try to login again (201) can mean application code 201 or service codes 39 and 44, "
        + "so emcode shows every code a text can mean.")
    out += ".PP\n"
    out += paragraph(
      "With --explain, emcode reads EM API responses, pasted tickets or whole EM service logs and explains every "
        + "outcome it finds; for a log it first prints a summary of each code with its count and its first and last line. "
        + "The data is built into the program; emcode reads no file at run time.")
    out += ".SH OPTIONS\n"
    for option in CommandLineSpec.options {
      out += ".TP\n"
      var names = option.short.map { "\\fB\\-\($0)\\fR, " } ?? ""
      names += "\\fB\\-\\-\(option.long)\\fR"
      if let valueName = option.valueName {
        let value = option.values.isEmpty ? "\\fI\(valueName)\\fR" : escape(option.values.concatenated(separator: "|"))
        names += option.isValueOptional ? " [\(value)|\\-]" : " \(value)"
      }
      out += names + "\n" + escape(option.summary) + "\n"
    }
    out += ".SH EXIT STATUS\n"
    for status in ExitStatus.allCases {
      out += ".TP\n.B \(status.rawValue)\n\(escape(status.meaning)).\n"
    }
    out += ".SH ENVIRONMENT\n"
    for variable in CommandLineSpec.environment {
      out += ".TP\n.B \(variable.name)\n\(escape(variable.summary))\n"
    }
    out += ".SH EXAMPLES\n"
    for example in CommandLineSpec.examples {
      out += ".TP\n.B \(escape(example.command))\n\(escape(example.summary)).\n"
    }
    out += ".SH SEE ALSO\n"
    out += ".BR errno (1),\n.BR perror (1)\n"
    out += ".PP\n"
    out += paragraph(
      "Cisco Extension Mobility API Developer Guide: https://developer.cisco.com/docs/extension-mobility-api/")
    return out
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

  private static func paragraph(_ text: String) -> String {
    escape(text) + "\n"
  }

  private static func quoted(_ text: String) -> String {
    "\"" + escape(text) + "\""
  }
}
