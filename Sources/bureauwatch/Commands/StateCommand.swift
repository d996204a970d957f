import ArgumentParser

/// `bureauwatch state …`: tools for the state as a whole.
struct StateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state", abstract: "Tools for the whole state: move it into PostgreSQL.",
        subcommands: [StateMigrateCommand.self])
}
