/// A helper command of the crash test that did not do its part.
struct CrashTestError: Error, CustomStringConvertible {
    let description: String
}
