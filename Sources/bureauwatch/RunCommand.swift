import ArgumentParser

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run the daemon: poll every source on its schedule, deliver, serve /metrics.")
    @OptionGroup var options: ConfigOption

    func run() async throws { try NotYetImplemented.fail("run") }
}
