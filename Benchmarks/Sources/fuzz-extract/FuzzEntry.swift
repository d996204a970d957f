import ExtractFuzzHarness
import Foundation

#if FUZZING
    /// libFuzzer's entry point; libFuzzer supplies `main`. Built only by `.ci/fuzz`
    /// (`-D FUZZING -sanitize=fuzzer,address`), never by the plain `swift build`.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzExtract(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        ExtractFuzzHarness.exercise(bytes)
        return 0
    }
#else
    /// Without libFuzzer: replays files (or every file of folders) through the same harness,
    /// e.g. a crash file the fuzzer wrote. Usage: fuzz-extract FILE|DIR…
    @main
    struct FuzzReplay {
        static func main() {
            let paths = CommandLine.arguments.dropFirst().flatMap(files(at:))
            var results = 0
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("fuzz-extract: cannot read \(path)\n".utf8))
                    exit(2)
                }
                results += ExtractFuzzHarness.exercise([UInt8](data))
            }
            print("fuzz-extract: replayed \(paths.count) inputs, \(results) links and articles")
        }

        /// `path` itself, or the regular files inside it when it is a folder.
        static func files(at path: String) -> [String] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                return [path]
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted().map { (path as NSString).appendingPathComponent($0) }
        }
    }
#endif
