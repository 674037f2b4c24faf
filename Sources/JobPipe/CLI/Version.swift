/// The version every program reports with `--version`.
public let jobpipeVersion = "0.1.0"
