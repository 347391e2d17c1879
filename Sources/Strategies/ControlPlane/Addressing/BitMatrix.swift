/// A fixed rows × columns matrix of bits in one flat buffer: "does VPC v's route table hold
/// block b", "does v's security group admit b", at one bit each, so a 2,000-VPC mesh with
/// 2,000 distinct blocks needs 500 KB per matrix instead of millions of hashed entries.
struct BitMatrix: Sendable {
    let rows: Int
    let columns: Int
    private let wordsPerRow: Int
    private var words: [UInt64]

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        wordsPerRow = (columns + 63) / 64
        words = Array(repeating: 0, count: rows * wordsPerRow)
    }

    @inline(__always)
    subscript(row: Int, column: Int) -> Bool {
        get { words[row * wordsPerRow + column >> 6] & (1 << UInt64(column & 63)) != 0 }
        set {
            let i = row * wordsPerRow + column >> 6, bit: UInt64 = 1 << UInt64(column & 63)
            if newValue { words[i] |= bit } else { words[i] &= ~bit }
        }
    }

    /// Sets a bit; returns false if it was set already.
    @inline(__always)
    mutating func insert(row: Int, column: Int) -> Bool {
        let i = row * wordsPerRow + column >> 6, bit: UInt64 = 1 << UInt64(column & 63)
        if words[i] & bit != 0 { return false }
        words[i] |= bit
        return true
    }
}
