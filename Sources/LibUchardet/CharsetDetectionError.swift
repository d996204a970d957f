/// uchardet could not be set up or refused data.
public struct CharsetDetectionError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
