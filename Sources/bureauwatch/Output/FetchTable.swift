import WatchCore
import WatchPipeline

/// The table `bureauwatch fetch` prints: one row per source.
enum FetchTable {
    static let header = ["source", "fetched", "not modified", "new", "updated", "removed", "robots skipped", "errors"]

    static func render(_ reports: [PollReport]) -> String {
        let rows = reports.map { report in
            [
                report.sourceID, "\(report.pagesFetched)", "\(report.notModified)",
                report.baseline ? "\(report.newArticles) (baseline)" : "\(report.newArticles)",
                "\(report.updatedArticles)", "\(report.removedArticles)", "\(report.robotsSkipped)",
                report.failed ? "\(report.errors.count) (failed)" : "\(report.errors.count)",
            ]
        }
        var lines = [TextTable.format([header] + rows)]
        for report in reports {
            if let holder = report.leftTo {
                lines.append("  \(report.sourceID): left to \(holder), which was polling it")
            }
            for error in report.errors.prefix(Self.errorsShownPerSource) {
                lines.append("  \(report.sourceID): \(SecretRedaction.redact(error))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Enough to see what is wrong without drowning the table.
    static let errorsShownPerSource = 3
}
