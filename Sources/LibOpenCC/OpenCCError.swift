import COpenCC

/// An OpenCC failure with OpenCC's own message.
public struct OpenCCError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }

    static func lastMessage() -> String {
        opencc_error().map { String(cString: $0) } ?? "unknown error"
    }
}
