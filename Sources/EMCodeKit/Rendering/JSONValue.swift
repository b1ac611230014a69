/// A JSON value, written by hand so that the library needs no Foundation.
package enum JSONValue: Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// An integer.
  case int(Int)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object whose keys keep their order.
  case object([(String, JSONValue)])

  /// A string, or `null` for `nil`.
  package static func string(_ text: String?) -> JSONValue {
    text.map { .string($0) } ?? .null
  }

  /// An array of strings.
  package static func strings(_ texts: [String]) -> JSONValue {
    .array(texts.map { .string($0) })
  }

  /// The value as pretty-printed JSON with two-space indentation, ending in a newline.
  package var text: String {
    let buffer = TextBuffer()
    write(to: buffer)
    return buffer.string
  }

  /// Appends the value as pretty-printed JSON, ending in a newline.
  package func write(to buffer: TextBuffer) {
    write(to: buffer, indent: 0)
    buffer.newline()
  }

  /// Appends the value as compact JSON on one line, ending in a newline: a line of JSON lines.
  package func writeLine(to buffer: TextBuffer) {
    writeCompact(to: buffer)
    buffer.newline()
  }

  private func writeCompact(to buffer: TextBuffer) {
    switch self {
    case .null, .bool, .int, .string: write(to: buffer, indent: 0)
    case .array(let values):
      buffer.append("[")
      for (index, value) in values.enumerated() {
        if index > 0 { buffer.append(",") }
        value.writeCompact(to: buffer)
      }
      buffer.append("]")
    case .object(let members):
      buffer.append("{")
      for (index, member) in members.enumerated() {
        if index > 0 { buffer.append(",") }
        JSONValue.writeString(member.0, to: buffer)
        buffer.append(":")
        member.1.writeCompact(to: buffer)
      }
      buffer.append("}")
    }
  }

  /// Appends the value as pretty-printed JSON whose nested lines are indented `indent` spaces
  /// more, without a newline at the end: for values written into a stream of others.
  package func write(to buffer: TextBuffer, indent: Int) {
    switch self {
    case .null: buffer.append("null")
    case .bool(let value): buffer.append(value ? "true" : "false")
    case .int(let value): buffer.append(value)
    case .string(let value): JSONValue.writeString(value, to: buffer)
    case .array(let values):
      Self.writeContainer("[", "]", count: values.count, to: buffer, indent: indent) { index in
        values[index].write(to: buffer, indent: indent + 2)
      }
    case .object(let members):
      Self.writeContainer("{", "}", count: members.count, to: buffer, indent: indent) { index in
        JSONValue.writeString(members[index].0, to: buffer)
        buffer.append(": ")
        members[index].1.write(to: buffer, indent: indent + 2)
      }
    }
  }

  /// Appends an array or object: `open`, one indented element per line with commas between,
  /// `close`; an empty one stays on one line.
  private static func writeContainer(
    _ open: StaticString, _ close: StaticString, count: Int, to buffer: TextBuffer, indent: Int,
    element: (Int) -> Void
  ) {
    buffer.append(open)
    if count > 0 {
      buffer.newline()
      for index in 0..<count {
        buffer.appendSpaces(indent + 2)
        element(index)
        buffer.append(index == count - 1 ? "\n" : ",\n")
      }
      buffer.appendSpaces(indent)
    }
    buffer.append(close)
  }

  /// Appends a JSON string literal, escaping quotes, backslashes, control characters and
  /// U+2028/U+2029; other UTF-8 passes through unchanged.
  static func writeString(_ text: String, to buffer: TextBuffer) {
    buffer.append(byte: UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      var index = 0
      func flush() { buffer.append(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
      while index < bytes.count {
        let byte = bytes[index]
        var escape: StaticString?
        var width = 1
        switch byte {
        case UInt8(ascii: "\""): escape = "\\\""
        case UInt8(ascii: "\\"): escape = "\\\\"
        case UInt8(ascii: "\n"): escape = "\\n"
        case UInt8(ascii: "\r"): escape = "\\r"
        case UInt8(ascii: "\t"): escape = "\\t"
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
          width = 3
        default:
          guard byte < 0x20 || byte == 0x7F else {
            index += 1
            continue
          }
        }
        flush()
        if let escape {
          buffer.append(escape)
        } else {
          buffer.append("\\u00")
          let digits: StaticString = "0123456789abcdef"
          digits.withUTF8Buffer { hex in
            buffer.append(byte: hex[Int(byte >> 4)])
            buffer.append(byte: hex[Int(byte & 0xF)])
          }
        }
        index += width
        start = index
      }
      flush()
    }
    buffer.append(byte: UInt8(ascii: "\""))
  }

}
