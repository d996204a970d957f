import ArgumentParser

struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch", abstract: "Poll every source (or the given ones) once, deliver, and exit.")
    @OptionGroup var options: ConfigOption
    @Option(name: .customLong("source"), help: "Only this source id (repeatable).")
    var sources: [String] = []

    func run() async throws { try NotYetImplemented.fail("fetch") }
}
