import ArgumentParser

/// `--config F`, defaulting to `$BUREAUWATCH_CONFIG`, then `./sources.yaml`.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: "The sources.yaml to use (default: $BUREAUWATCH_CONFIG, then ./sources.yaml).")
    var config: String?
}
