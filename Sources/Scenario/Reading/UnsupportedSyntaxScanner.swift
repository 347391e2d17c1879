/// Finds YAML anchors (`&name`), aliases (`*name`) and tags (`!!int`) in a document's text
/// before it is parsed.
///
/// Scenario files do not support them. An alias makes one node appear in several places, so
/// errors inside it would point at the wrong place, and nested aliases let a few lines expand
/// into billions of nodes (the "billion laughs" document) that would hang the loader. A tag
/// would override the typed reader. YAML only allows `&`, `*` and `!` as indicators at the
/// start of a node, so a lexical scan that tracks quotes, comments, flow brackets and block
/// scalars finds them without building the tree (Yams resolves tags in place while it
/// checks keys, so the parsed tree cannot tell an explicit tag from an implicit one).
/// A continuation line of a multi-line plain scalar that starts with one of these
/// characters is reported too; quoting the scalar avoids that.
enum UnsupportedSyntaxScanner {
    /// An anchor, alias or tag indicator found in the text.
    struct Finding: Equatable {
        /// `&name`, `*name` or `!tag`, as written.
        var token: String
        var line: Int
        var column: Int

        /// "anchor", "alias" or "tag".
        var kind: String {
            switch token.first {
            case "&": return "anchor"
            case "*": return "alias"
            default: return "tag"
            }
        }
    }

    private enum Quote { case none, single, double }

    /// The first anchor, alias or tag in `text`, or nil when there is none.
    static func firstFinding(in text: String) -> Finding? {
        var quote = Quote.none
        var flowDepth = 0
        var blockScalarParentIndent: Int?
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(rawLine.unicodeScalars)
            let indent = line.prefix { $0 == " " }.count
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if let parent = blockScalarParentIndent {
                if isBlank || indent > parent { continue }
                blockScalarParentIndent = nil
            }
            var nodeStart = quote == .none
            var index = 0
            func isSpace(at position: Int) -> Bool {
                position >= line.count || line[position] == " " || line[position] == "\t" || line[position] == "\r"
            }
            scan: while index < line.count {
                let scalar = line[index]
                switch quote {
                case .double:
                    if scalar == "\\" { index += 1 } else if scalar == "\"" { quote = .none; nodeStart = false }
                    index += 1
                    continue scan
                case .single:
                    if scalar == "'" {
                        if index + 1 < line.count && line[index + 1] == "'" { index += 1 } else { quote = .none; nodeStart = false }
                    }
                    index += 1
                    continue scan
                case .none:
                    break
                }
                if scalar == " " || scalar == "\t" || scalar == "\r" { index += 1; continue scan }
                if scalar == "#" && (index == 0 || isSpace(at: index - 1)) { break scan }
                if nodeStart {
                    switch scalar {
                    case "&", "*", "!":
                        var end = index + 1
                        while end < line.count && !isSpace(at: end) && !",[]{}".unicodeScalars.contains(line[end]) {
                            end += 1
                        }
                        let token = String(String.UnicodeScalarView(line[index..<end]))
                        return Finding(token: token, line: lineNumber, column: index + 1)
                    case "\"":
                        quote = .double
                    case "'":
                        quote = .single
                    case "-", "?", ":":
                        // An indicator when followed by a space; otherwise a plain scalar starts.
                        if !isSpace(at: index + 1) { nodeStart = false }
                    case "[", "{":
                        flowDepth += 1
                    case "]", "}":
                        if flowDepth > 0 { flowDepth -= 1 }
                        nodeStart = false
                    case ",":
                        // Separates flow items; in block context it starts a plain scalar.
                        if flowDepth == 0 { nodeStart = false }
                    case "|", ">":
                        blockScalarParentIndent = indent
                        break scan
                    default:
                        nodeStart = false
                    }
                } else if scalar == ":" && (isSpace(at: index + 1)
                            || (flowDepth > 0 && index + 1 < line.count && ",[]{}".unicodeScalars.contains(line[index + 1]))) {
                    nodeStart = true
                } else if flowDepth > 0 {
                    switch scalar {
                    case ",": nodeStart = true
                    case "]", "}": flowDepth -= 1
                    default: break
                    }
                }
                index += 1
            }
        }
        return nil
    }
}
