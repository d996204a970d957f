import PostgresNIO
import PostgresTesting
import Testing

@testable import WatchPostgres

/// The store's own reader of `text[]` and `integer[]` cells reads what postgres-nio's decoder
/// reads, from cells the server sends, and leaves every other kind of array to that decoder.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
struct PostgresBinaryArrayTests {
    /// The cells of one row the server answers `select` with.
    static func cells(_ select: String) async throws -> [PostgresCell] {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let database = try #require(fixture.database)
        var cells: [PostgresCell] = []
        for try await row in try await database.client.query(PostgresQuery(unsafeSQL: select)) {
            cells = Array(row)
        }
        return cells
    }

    @Test func plainArraysAreReadAsTheGenericDecoderReadsThem() async throws {
        let cells = try await Self.cells(
            """
            SELECT ARRAY['第3号', '', '2026 年', 'ab']::text[], '{}'::text[],
                ARRAY[-1, 0, 2147483647, -2147483648]::integer[], '{}'::integer[]
            """)
        #expect(cells.count == 4)
        for cell in cells.prefix(2) {
            let fast = try #require(BinaryArray.strings(cell), "\(cell.columnIndex) was left to the generic decoder")
            #expect(fast == (try cell.decode([String].self)))
        }
        #expect(BinaryArray.strings(cells[0]) == ["第3号", "", "2026 年", "ab"])
        for cell in cells.suffix(2) {
            let fast = try #require(BinaryArray.int32s(cell), "\(cell.columnIndex) was left to the generic decoder")
            #expect(fast == (try cell.decode([Int32].self)))
        }
        #expect(BinaryArray.int32s(cells[2]) == [-1, 0, .max, .min])
    }

    @Test func otherArraysAreLeftToTheGenericDecoder() async throws {
        let cells = try await Self.cells(
            """
            SELECT ARRAY['a', NULL]::text[], ARRAY[[1, 2], [3, 4]]::integer[], ARRAY[1, 2]::bigint[],
                NULL::text[], ARRAY['a']::text[]
            """)
        #expect(BinaryArray.strings(cells[0]) == nil)
        #expect(BinaryArray.int32s(cells[1]) == nil)
        #expect(BinaryArray.int32s(cells[2]) == nil)
        #expect(BinaryArray.strings(cells[3]) == nil)
        // A text array is not read as integers.
        #expect(BinaryArray.int32s(cells[4]) == nil)
    }
}
