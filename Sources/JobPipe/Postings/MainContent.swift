/// Finds the element that holds a page's main text, the way reader modes do:
/// each paragraph or list item credits its text length to its parent (and
/// half to the grandparent); the best-credited element wins. Navigation,
/// headers, footers and forms earn nothing.
enum MainContent {
    static func element(in doc: HTMLDocument) -> HTMLNode? {
        var scores: [xmlNodePtrKey: (node: HTMLNode, score: Int)] = [:]
        doc.walk { node in
            guard node.isElement else { return false }
            if PlainText.isChrome(node) || node.named("script") || node.named("style") { return false }
            if node.named("p") || node.named("li") || node.named("pre") || node.named("td") {
                let length = node.text.utf8.count
                guard length >= 25 else { return false }
                if let parent = node.parent {
                    scores[xmlNodePtrKey(parent.ptr), default: (parent, 0)].score += length
                    if let grand = parent.parent {
                        scores[xmlNodePtrKey(grand.ptr), default: (grand, 0)].score += length / 2
                    }
                }
                return false
            }
            return true
        }
        return scores.values.max { $0.score < $1.score }?.node
    }
}

import CLibXML2

/// A node pointer usable as a dictionary key.
struct xmlNodePtrKey: Hashable {
    let raw: UnsafeMutableRawPointer
    init(_ p: xmlNodePtr) { raw = UnsafeMutableRawPointer(p) }
}
