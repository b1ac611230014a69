/// Words made safe to paste into a shell: a suggested command must run only emcode.
enum ShellQuoting {
  /// `word` as the shell reads it back: bare when it holds only safe characters, else in single
  /// quotes (a single quote inside written as `'\''`).
  static func quoted(_ word: String) -> String {
    let isSafe =
      !word.isEmpty
      && word.utf8.allSatisfy { byte in
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
          || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || "-_.,:/@%+=".utf8.contains(byte)
      }
    return isSafe ? word : singleQuoted(word)
  }

  /// `text` in single quotes for sh, zsh and fish (a single quote inside written as `'\''`).
  static func singleQuoted(_ text: String) -> String {
    "'" + text.replacing("'", with: "'\\''") + "'"
  }
}
