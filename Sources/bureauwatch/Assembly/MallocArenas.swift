import CMalloc
import Foundation

/// glibc's malloc gives threads that allocate at the same moment arenas of their own (up to
/// eight per core), and each arena keeps the memory freed into it. The daemon's threads (the
/// cooperative pool, libcurl's, PostgreSQL's event loop) allocate little at the same moment, and
/// small allocations are served from a per-thread cache without the arena's lock, so one arena
/// costs little time and saves memory: 3 MB of a 10 000-source daemon's 66 (BENCHMARKS.md,
/// "Eleventh round"). `MALLOC_ARENA_MAX` in the environment still decides when it is set.
enum MallocArenas {
    static let count: Int32 = 1

    /// Call first in `main`, before other threads allocate.
    static func limit() {
        guard getenv("MALLOC_ARENA_MAX") == nil else { return }
        _ = bw_malloc_arena_max(count)
    }
}
