/// The HTML elements the tree reader and the posting readers tell apart;
/// every other element is `.other` and is known by its name.
enum HTMLTag: UInt8, CaseIterable {
    case other, document
    case html
    case head
    case body
    case title
    case meta
    case link
    case base
    case script
    case style
    case noscript
    case template
    case svg
    case math
    case iframe
    case noembed
    case noframes
    case xmp
    case textarea
    case plaintext
    case p
    case div
    case span
    case a
    case li
    case ul
    case ol
    case menu
    case dir
    case dl
    case dt
    case dd
    case table
    case caption
    case colgroup
    case col
    case tbody
    case thead
    case tfoot
    case tr
    case td
    case th
    case h1
    case h2
    case h3
    case h4
    case h5
    case h6
    case hgroup
    case section
    case article
    case header
    case footer
    case nav
    case aside
    case main
    case search
    case form
    case fieldset
    case button
    case select
    case option
    case optgroup
    case dialog
    case details
    case summary
    case figure
    case figcaption
    case address
    case blockquote
    case center
    case listing
    case pre
    case br
    case hr
    case img
    case input
    case area
    case embed
    case param
    case source
    case track
    case wbr
    case keygen
    case basefont
    case bgsound
    case frame
    case frameset
    case time
    case data
    case meter
    case audio
    case video
    case object
    case applet
    case marquee
    case label
    case ruby
    case rb
    case rt
    case rtc
    case rp
    case nobr

    /// The tag of a name of `length` bytes starting at `name` (any case).
    static func named(_ name: UnsafePointer<UInt8>, length: Int) -> HTMLTag {
        HTMLTagTable.shared.tag(name, length: length)
    }

    /// Void elements: never have content or an end tag.
    var isVoid: Bool {
        switch self {
        case .area, .base, .br, .col, .embed, .hr, .img, .input, .link, .meta, .param, .source, .track, .wbr,
             .keygen, .basefont, .bgsound, .frame:
            return true
        default: return false
        }
    }

    /// Elements whose content is text up to their end tag, not markup
    /// (`noscript` too, when scripts are on: `TreeBuilder` decides).
    var isRawText: Bool {
        switch self {
        case .script, .style, .iframe, .noembed, .noframes, .xmp, .textarea, .title: return true
        default: return false
        }
    }

    /// Raw text in which character references are still decoded.
    var decodesReferences: Bool { self == .textarea || self == .title }

    /// Start tags that close an open `<p>` (HTML's "close a p element").
    var closesParagraph: Bool {
        switch self {
        case .address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div, .dl, .fieldset,
             .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6, .header, .hgroup, .hr, .main,
             .menu, .nav, .ol, .p, .pre, .search, .section, .summary, .table, .ul, .li, .dd, .dt, .listing,
             .plaintext, .xmp:
            return true
        default: return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Where searching the open elements for an element "in scope" stops.
    var isScopeBoundary: Bool {
        switch self {
        case .document, .html, .table, .td, .th, .caption, .template, .object, .applet, .marquee: return true
        default: return false
        }
    }

    /// HTML's "special" elements: an end tag of an inline element does not
    /// close past them.
    var isSpecial: Bool {
        if closesParagraph || isScopeBoundary || isVoid { return true }
        switch self {
        case .body, .head, .button, .frameset, .iframe, .noembed, .noframes, .noscript, .script, .select,
             .style, .tbody, .tfoot, .thead, .tr, .textarea, .title, .colgroup:
            return true
        default: return false
        }
    }
}

/// The tags by name: an open-addressing table keyed by the first eight bytes
/// of the lower-case name, made once from the cases' own names.
final class HTMLTagTable: @unchecked Sendable {
    static let shared = HTMLTagTable()

    private struct Slot {
        var key: UInt64 = 0
        var length = 0
        var tag = HTMLTag.other
        var name: [UInt8] = []
    }

    private var slots = [Slot](repeating: Slot(), count: 512)

    private init() {
        for tag in HTMLTag.allCases where tag != .other && tag != .document {
            let name = Array(String(describing: tag).utf8)
            let key = name.withUnsafeBufferPointer { HTMLTagTable.key($0.baseAddress!, name.count) }
            var i = HTMLTagTable.slot(key)
            while !slots[i].name.isEmpty { i = (i + 1) & 511 }
            slots[i] = Slot(key: key, length: name.count, tag: tag, name: name)
        }
    }

    /// The first eight bytes of a name, lower-cased, little-endian.
    @inline(__always) static func key(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var key: UInt64 = 0
        for k in 0..<min(length, 8) { key |= UInt64(lowerASCII(p[k])) << (8 * UInt64(k)) }
        return key
    }

    @inline(__always) private static func slot(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> 55) }

    func tag(_ p: UnsafePointer<UInt8>, length: Int) -> HTMLTag {
        let key = HTMLTagTable.key(p, length)
        var i = HTMLTagTable.slot(key)
        while !slots[i].name.isEmpty {
            if slots[i].key == key, slots[i].length == length {
                guard length > 8 else { return slots[i].tag }
                for k in 8..<length where lowerASCII(p[k]) != slots[i].name[k] { return .other }
                return slots[i].tag
            }
            i = (i + 1) & 511
        }
        return .other
    }
}
