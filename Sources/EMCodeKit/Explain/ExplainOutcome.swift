/// One Extension Mobility outcome that `--explain` found in its input.
public struct ExplainOutcome: Sendable {
  /// What kind of evidence the outcome is.
  public enum Kind: String, Sendable {
    /// `<response><success/></response>`: a login, logout or logoutAll succeeded.
    case success
    /// A query answered with results (`deviceUserResults`, `userDevicesResults`, ...).
    case query
    /// `<error code="N">`: a failed EM API request.
    case apiError = "api_error"
    /// `<errorMessage>`: a failed query, which carries no code.
    case errorMessage = "error_message"
    /// A text the phone displays, such as `Login is unavailable(23)`.
    case phoneDisplay = "phone_display"
  }

  /// What kind of evidence this is.
  public let kind: Kind
  /// The 1-based line the outcome starts on.
  public let line: Int
  /// The code of an API error or the number on the phone; `nil` where there is none or it is unreadable.
  public let number: Int?
  /// Whether a code attribute was present but too long or not a number.
  public let hasUnreadableNumber: Bool
  /// The recognised text, cleaned for printing on one line.
  public let fragment: String
  /// The error text of an API error or error message, cleaned; empty for other kinds.
  public let message: String
  /// The catalog items the outcome can mean; empty for successes and undocumented codes.
  public let items: [CatalogItem]
  /// The result element of a query (`deviceUserResults`); empty for other kinds.
  public let detail: String

  /// Whether the outcome reports a failure (anything but a success or a query result).
  public var isFailure: Bool { kind != .success && kind != .query }
}
