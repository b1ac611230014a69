/// Where the generator's input and output live, found from this source file's path.
public enum GeneratorPaths {
  /// The repository's root folder.
  public static var repositoryRoot: String {
    // This file is <root>/Sources/EMCodeGenerator/GeneratorPaths.swift.
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
  }

  /// The data file, the single source of truth.
  public static var dataFile: String { repositoryRoot + "/Data/error-codes.json" }

  /// The generated Swift file.
  public static var generatedFile: String {
    repositoryRoot + "/Sources/EMCodeKit/ErrorCatalog+Generated.swift"
  }
}
