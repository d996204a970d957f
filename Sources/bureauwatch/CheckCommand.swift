import ArgumentParser

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate the config; errors name file:line:column.")
    @OptionGroup var options: ConfigOption

    func run() async throws { try NotYetImplemented.fail("check") }
}
