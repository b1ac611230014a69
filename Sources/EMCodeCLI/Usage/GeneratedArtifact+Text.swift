import EMCodeKit

extension GeneratedArtifact {
  /// The script or page itself, with its descriptions in `language`.
  func text(in language: Language) -> String {
    switch self {
    case .completeBash: return Completions(language: language).bash
    case .completeZsh: return Completions(language: language).zsh
    case .completeFish: return Completions(language: language).fish
    case .man: return ManPage(language: language).text
    }
  }
}
