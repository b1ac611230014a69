import Foundation

/// Where the generator's input and output live, found from this source file's path.
public enum GeneratorPaths {
  /// The repository's root folder: this file is `<root>/Sources/_EMCodeGenerator/GeneratorPaths.swift`.
  public static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The data file, the single source of truth.
  public static var dataFile: URL { repositoryRoot.appendingPathComponent("Data/error-codes.json") }

  /// The generated Swift file.
  public static var generatedFile: URL {
    repositoryRoot.appendingPathComponent("Sources/EMCodeKit/Catalog/ErrorCatalog+Generated.swift")
  }
}
