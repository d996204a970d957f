import Testing
import WatchConfig

/// `store:` in sources.yaml: SQLite by default, or a PostgreSQL URL kept as written.
@Suite struct StoreLocationConfigTests: ReadsConfigText {
    static let sources = """
        sources:
          - { id: gd-news, name: 广东, kind: bureau, url: "http://gd.spb.gov.cn/list.html" }
        """

    @Test func withoutStoreTheStateIsSQLite() throws {
        #expect(try load(Self.sources).store == .sqlite)
        #expect(try load("store: sqlite\n" + Self.sources).store == .sqlite)
    }

    @Test func aPostgresURLKeepsItsVariableForWhenTheStoreOpens() throws {
        let url = "postgres://watch:${BW_PG_PASSWORD}@db.example:5432/bureau"
        // The variable is unset here: the config still loads, the store reads it when opened.
        #expect(try load("store: \"\(url)\"\n" + Self.sources).store == .postgres(url: url))
    }

    @Test func anythingElseIsALocatedError() {
        #expect(throws: ConfigError.self) { try load("store: mysql://db.example/bureau\n" + Self.sources) }
        #expect(throws: ConfigError.self) { try load("store: \"\"\n" + Self.sources) }
    }
}
