import EMCodeKit

/// What `--generate` prints.
public enum GeneratedArtifact: String, Sendable, CaseIterable {
  /// A bash completion script.
  case completeBash = "complete-bash"
  /// A zsh completion script.
  case completeZsh = "complete-zsh"
  /// A fish completion script.
  case completeFish = "complete-fish"
  /// The man page, in roff.
  case man
}
