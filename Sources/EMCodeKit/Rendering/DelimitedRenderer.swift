/// Renders catalog items as a table for spreadsheets and log platforms: CSV (RFC 4180) or TSV
/// (IANA text/tab-separated-values), a header row, then one row per item.
///
/// The header names are stable field names in English (``columns``), whatever the language, so
/// that Splunk and Logstash configurations can refer to them; the values of `family`, `meaning`
/// and `fix` are in the renderer's language. `frequent` is `1` or `0`, several phone texts are
/// joined with ` | `, and a missing value (no code, no hint) is an empty field.
public struct DelimitedRenderer: Sendable {
  /// How fields and records are separated.
  public enum Dialect: Sendable {
    /// RFC 4180: comma separated, CRLF record ends; a field holding a comma, a double quote, CR or
    /// LF is quoted, with its double quotes doubled.
    case csv
    /// IANA text/tab-separated-values: tab separated, LF record ends; a tab, CR or LF inside a
    /// field becomes a space.
    case tsv
  }

  /// The header names, in column order; the same in every language.
  public static let columns = ["code", "family", "name", "frequent", "phone_display", "meaning", "fix"]

  /// What several phone texts are joined with in the `phone_display` field.
  public static let displaySeparator = " | "

  /// How fields and records are separated.
  public let dialect: Dialect
  /// The language of the family, meaning and fix.
  public let language: Language

  /// Creates a renderer.
  public init(dialect: Dialect, language: Language) {
    self.dialect = dialect
    self.language = language
  }

  /// The header row, with its record end.
  public var header: String {
    let output = TextBuffer(capacity: 128)
    writeHeader(to: output)
    return output.string
  }

  /// One item's row, with its record end.
  public func row(_ item: CatalogItem) -> String {
    let output = TextBuffer(capacity: 512)
    write(item, to: output)
    return output.string
  }

  /// A whole table: the header, then one row per item.
  public func table(_ items: [CatalogItem]) -> String {
    let output = TextBuffer(capacity: 512 * (items.count + 1))
    writeHeader(to: output)
    for item in items { write(item, to: output) }
    return output.string
  }

  /// Appends the header row.
  package func writeHeader(to output: TextBuffer) {
    writeNames(Self.columns, to: output)
  }

  /// Appends a header row of column names.
  func writeNames(_ names: [String], to output: TextBuffer) {
    for (index, column) in names.enumerated() {
      if index > 0 { output.append(byte: separator) }
      output.append(column)
    }
    endRecord(output)
  }

  /// Appends one item's row.
  package func write(_ item: CatalogItem, to output: TextBuffer) {
    let labels = Labels.of(language)
    switch item {
    case .entry(let entry):
      output.append(entry.code)
      output.append(byte: separator)
      field(labels.name(of: entry.family), to: output)
      output.append(byte: separator)
      field(entry.name, to: output)
      output.append(byte: separator)
      output.append(byte: entry.isFrequent ? UInt8(ascii: "1") : UInt8(ascii: "0"))
      output.append(byte: separator)
      fields(entry.phoneDisplays, meaning: entry.meaning(in: language), fix: entry.hint(in: language), to: output)
    case .message(let message):
      output.append(byte: separator)
      field(labels.message, to: output)
      output.append(byte: separator)
      field(message.name, to: output)
      output.append(byte: separator)
      output.append(byte: UInt8(ascii: "0"))
      output.append(byte: separator)
      fields(message.phoneDisplays, meaning: message.meaning(in: language), fix: message.hint(in: language), to: output)
    }
    endRecord(output)
  }

  /// The last three fields, which codes and messages share: phone texts, meaning and fix.
  private func fields(_ displays: [String], meaning: String, fix: String?, to output: TextBuffer) {
    field(displays.concatenated(separator: Self.displaySeparator), to: output)
    output.append(byte: separator)
    field(meaning, to: output)
    output.append(byte: separator)
    if let fix { field(fix, to: output) }
  }

  /// The byte between fields.
  var separator: UInt8 { dialect == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t") }

  /// Ends a record: CRLF in CSV, LF in TSV.
  func endRecord(_ output: TextBuffer) {
    if dialect == .csv { output.append(byte: UInt8(ascii: "\r")) }
    output.newline()
  }

  /// Appends one field: quoted where CSV needs it, with tab, CR and LF as spaces in TSV.
  func field(_ text: String, to output: TextBuffer) {
    var text = text
    text.withUTF8 { bytes in
      switch dialect {
      case .csv:
        let quote = UInt8(ascii: "\"")
        guard bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 13 || $0 == 10 }) else {
          output.append(bytes)
          return
        }
        output.append(byte: quote)
        for byte in bytes {
          if byte == quote { output.append(byte: quote) }
          output.append(byte: byte)
        }
        output.append(byte: quote)
      case .tsv:
        for byte in bytes { output.append(byte: byte == 9 || byte == 13 || byte == 10 ? UInt8(ascii: " ") : byte) }
      }
    }
  }
}
