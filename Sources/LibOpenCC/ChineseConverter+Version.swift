import Foundation

extension ChineseConverter {
    /// The linked OpenCC's version, read from the loaded shared library's file name
    /// (`libopencc.so.1.1.5` → `1.1.5`; `/proc/self/maps` names it): OpenCC's C API has no
    /// version call. `nil` when it cannot be found (a static link, or no /proc).
    public static var libraryVersion: String? {
        // /proc files report a size of 0, so read to the end rather than by the stated size.
        guard let data = try? FileHandle(forReadingAtPath: "/proc/self/maps")?.readToEnd(),
            let maps = String(data: data, encoding: .utf8),
            let line = maps.split(separator: "\n").first(where: { $0.contains("/libopencc.so") }),
            let slash = line.firstIndex(of: "/")
        else { return nil }
        let path = URL(fileURLWithPath: String(line[slash...])).resolvingSymlinksInPath().lastPathComponent
        guard let marker = path.range(of: ".so.") else { return nil }
        return String(path[marker.upperBound...])
    }
}
