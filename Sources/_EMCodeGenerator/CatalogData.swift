import Foundation

/// The contents of `Data/error-codes.json`, as the generator reads it.
public struct CatalogData: Decodable, Sendable {
  /// A source document.
  public struct Source: Decodable, Sendable {
    /// The short id, such as `S1`.
    public let id: String
    /// The document's title.
    public let title: String
    /// Where it can be read.
    public let url: String
    /// The CUCM release it describes.
    public let release: String
  }

  /// One error code.
  public struct Code: Decodable, Sendable {
    /// The code number.
    public let code: Int
    /// `service`, `emcc` or `application`.
    public let family: String
    /// Cisco's current name.
    public let name: String
    /// Whether the name was derived because no source gives one.
    public let nameDerived: Bool?
    /// Other spellings of the name.
    public let otherNames: [String]?
    /// The CallManager 4.1 name.
    public let legacyName: String?
    /// The CallManager 4.1 description.
    public let legacyDescription: String?
    /// The English description.
    public let description: String
    /// The documented cause, where a source adds one.
    public let cause: String?
    /// The texts the phone displays.
    public let phoneDisplay: [String]
    /// Cisco's recommended action.
    public let action: String?
    /// The German hint.
    public let hintDe: String?
    /// The English hint.
    public let hintEn: String?
    /// Whether the code is frequent.
    public let frequent: Bool
    /// Source ids.
    public let sources: [String]
    /// Disagreements and caveats.
    public let notes: [String]
  }

  /// A phone message without a code.
  public struct Message: Decodable, Sendable {
    /// A stable id.
    public let id: String
    /// The message text.
    public let name: String
    /// What it means.
    public let description: String
    /// The spellings the sources give.
    public let phoneDisplay: [String]
    /// Cisco's recommended action.
    public let action: String?
    /// The German hint.
    public let hintDe: String?
    /// The English hint.
    public let hintEn: String?
    /// Source ids.
    public let sources: [String]
    /// Caveats.
    public let notes: [String]
  }

  /// The date of the data.
  public let dataDate: String
  /// Every source.
  public let sources: [Source]
  /// Every code.
  public let codes: [Code]
  /// Every code-less message.
  public let messages: [Message]

  /// Decodes the data file's JSON.
  public static func decode(_ json: Data) throws -> CatalogData {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(CatalogData.self, from: json)
  }
}
