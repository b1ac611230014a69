import EMCodeKit

extension GeneratedArtifact {
  /// The script or page itself.
  public var text: String {
    switch self {
    case .completeBash: return Completions.bash
    case .completeZsh: return Completions.zsh
    case .completeFish: return Completions.fish
    case .man: return ManPage.text
    }
  }
}
