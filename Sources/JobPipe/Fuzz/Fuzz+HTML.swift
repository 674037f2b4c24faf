extension Fuzz {
    /// The HTML reader every program uses: the tree it builds is a tree
    /// (a walk meets each node once, nesting stays bounded), every node's
    /// name, attributes and text can be read, and text comes out collapsed
    /// as documented: no white space but single spaces between words.
    static func html(_ data: UnsafeBufferPointer<UInt8>) {
        // scripting on (analyze-job) or off (extract-emails), by the input's length
        let tree = HTMLTree(borrowing: data, url: "https://example.com/", scripting: data.count % 2 == 0)
        withExtendedLifetime(tree) {
            var seen = 0
            // a node's depth, from its parent's: parents come first in the walk
            var depths = [Int](repeating: -1, count: tree.nodes.count)
            depths[0] = 0
            tree.walk { node in
                seen += 1
                check(seen < tree.nodes.count, "a walk meets more nodes than the tree has")
                let parent = Int(node.container?.index ?? 0)
                check(depths[parent] >= 0 && depths[Int(node.index)] < 0, "the walk met a node before its parent, or twice")
                depths[Int(node.index)] = depths[parent] + 1
                check(depths[Int(node.index)] <= HTMLTree.maxDepth + 1, "elements nest \(depths[Int(node.index)]) deep")
                if node.isElement {
                    _ = node.name
                    _ = node.attributes
                    _ = node.attribute("href")
                } else {
                    _ = node.content
                }
                return true
            }
            let body = tree.body
            let text = body.text
            checkCollapsed(text, "text")
            if Charset.isValidUTF8(data) {
                check(body.textLength == text.utf8.count, "textLength \(body.textLength), text \(text.utf8.count) bytes")
            }
            for line in PlainText.lines(of: body, skippingChrome: data.count % 3 == 0) { checkCollapsed(line, "a line") }
        }
    }

    /// Text as `TextCollector` promises it: no empty line, no space at
    /// either end, no two spaces in a row, no other white space.
    static func checkCollapsed(_ text: String, _ what: String) {
        let u = Array(text.utf8)
        check(u.first != 0x20 && u.last != 0x20, "\(what) begins or ends with a space: \(text.debugDescription)")
        var previous: UInt8 = 0
        for b in u {
            check(b != 0x0A && b != 0x09 && b != 0x0D && b != 0x0C, "\(what) holds white space other than spaces: \(text.debugDescription)")
            check(!(b == 0x20 && previous == 0x20) && !(b == 0xA0 && previous == 0xC2), "\(what) is not collapsed: \(text.debugDescription)")
            previous = b
        }
    }
}
