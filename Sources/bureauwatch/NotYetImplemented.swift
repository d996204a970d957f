import ArgumentParser

/// The honest answer of a command whose issue has not landed yet: a message and exit 2.
struct NotYetImplemented: Error, CustomStringConvertible {
    let command: String
    var description: String { "bureauwatch \(command): not yet implemented" }

    static func fail(_ command: String) throws -> Never {
        throw ValidationError(NotYetImplemented(command: command).description)
    }
}
