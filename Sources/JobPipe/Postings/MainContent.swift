/// Finds the element that holds a page's main text, the way reader modes do:
/// each paragraph or list item credits its text length to its parent (and
/// half to the grandparent); the best-credited element wins. Navigation,
/// headers, footers and forms earn nothing.
enum MainContent {
    static func element(in doc: HTMLTree) -> TreeNode? {
        var scores: [Int32: (node: TreeNode, score: Int)] = [:]
        doc.walk { node in
            guard node.isElement else { return false }
            if PlainText.isChrome(node) || node.tag == .script || node.tag == .style { return false }
            switch node.tag {
            case .p, .li, .pre, .td:
                let length = node.textLength
                guard length >= 25 else { return false }
                if let parent = node.container {
                    scores[parent.index, default: (parent, 0)].score += length
                    if let grand = parent.container {
                        scores[grand.index, default: (grand, 0)].score += length / 2
                    }
                }
                return false
            default:
                return true
            }
        }
        // ties go to the element first in the page
        return scores.values.max { ($0.score, $1.node.index) < ($1.score, $0.node.index) }?.node
    }
}
