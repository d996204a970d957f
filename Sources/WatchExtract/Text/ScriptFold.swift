/// Traditional characters folded to simplified for matching chrome and metadata labels, so a
/// traditional page's `來源：`, `本文轉載自`, `責任編輯：` or `掃一掃` is read like the simplified
/// one (the text itself is never changed here; WatchDedup's normalizer converts it with OpenCC).
///
/// Only the characters of the labels and patterns the extractor looks for are listed: a
/// character-for-character map keeps lengths and offsets (every pair is three UTF-8 bytes).
enum ScriptFold {
    /// Traditional, simplified; one pair after another.
    private static let pairs = """
        來来轉转載载編编輯辑責责聲声歡欢訪访問问臨临當当現现頁页瀏浏覽览閱阅讀读點点擊击數数發发個个\
        時时鐘钟鏈链網网權权歸归擔担證证僅仅觀观場场儲储佈布內内備备評评論论覆复復复條条郵邮會会\
        開开項项鍵键關关閉闭頂顶號号掃扫維维碼码機机審审對对終终圖图隱隐廣广務务饋馈見见幫帮導导\
        們们須须請请聯联繫系刪删題题處处標标間间長长員员廳厅區区縣县鎮镇國国興兴業业這这為为報报\
        訊讯資资據据稱称單单絡络週周門门記记錄录
        """

    static let table: [Character: Character] = {
        var table: [Character: Character] = [:]
        var pending: Character?
        for character in pairs where !character.isWhitespace {
            if let traditional = pending {
                table[traditional] = character
                pending = nil
            } else {
                pending = character
            }
        }
        return table
    }()

    /// `text` with the listed traditional characters simplified; unchanged (and not copied)
    /// when it has none.
    static func folded(_ text: String) -> String {
        guard text.contains(where: { table[$0] != nil }) else { return text }
        return String(text.map { table[$0] ?? $0 })
    }
}
