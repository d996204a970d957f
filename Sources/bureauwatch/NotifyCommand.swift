import ArgumentParser

struct NotifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify", abstract: "Webhook tools.", subcommands: [Test.self])

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Send a sample event to one webhook and print the answer.")
        @OptionGroup var options: ConfigOption
        @Argument(help: "The webhook id from sources.yaml.") var id: String
        func run() async throws { try NotYetImplemented.fail("notify test") }
    }
}
