import EMCodeKit

extension TextStyle {
  /// ANSI colours for a terminal: codes bold cyan, names bold, the frequent mark yellow.
  static let ansi = TextStyle { role in
    switch role {
    case .code: return ("\u{1B}[1;36m", "\u{1B}[0m")
    case .name: return ("\u{1B}[1m", "\u{1B}[0m")
    case .frequent: return ("\u{1B}[33m", "\u{1B}[0m")
    }
  }
}
