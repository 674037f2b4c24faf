/// The HTML elements the tree reader and the posting readers tell apart;
/// every other element is `.other` and is known by its name.
enum HTMLTag: UInt8 {
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

    /// The tag of a lower-case name of `length` bytes whose first eight bytes
    /// are packed little-endian in `key`; `rest` checks longer names.
    static func named(packed key: UInt64, length: Int, rest: (StaticString) -> Bool) -> HTMLTag {
        if length > 8 {
            switch key {
            case 0x7865746e69616c70: return length == 9 && rest("plaintext") ? .plaintext : .other
            case 0x6974706163676966: return length == 10 && rest("figcaption") ? .figcaption : .other
            case 0x6f75716b636f6c62: return length == 10 && rest("blockquote") ? .blockquote : .other
            default: return .other
            }
        }
        switch key {
        case 0x61: return .a
        case 0x70: return .p
        case 0x3168: return .h1
        case 0x3268: return .h2
        case 0x3368: return .h3
        case 0x3468: return .h4
        case 0x3568: return .h5
        case 0x3668: return .h6
        case 0x6464: return .dd
        case 0x6474: return .td
        case 0x6874: return .th
        case 0x696c: return .li
        case 0x6c64: return .dl
        case 0x6c6f: return .ol
        case 0x6c75: return .ul
        case 0x7262: return .br
        case 0x7268: return .hr
        case 0x7274: return .tr
        case 0x7464: return .dt
        case 0x657270: return .pre
        case 0x676d69: return .img
        case 0x677673: return .svg
        case 0x6c6f63: return .col
        case 0x706d78: return .xmp
        case 0x726277: return .wbr
        case 0x726964: return .dir
        case 0x76616e: return .nav
        case 0x766964: return .div
        case 0x61657261: return .area
        case 0x61746164: return .data
        case 0x6174656d: return .meta
        case 0x64616568: return .head
        case 0x656d6974: return .time
        case 0x65736162: return .base
        case 0x6874616d: return .math
        case 0x6b6e696c: return .link
        case 0x6c6d7468: return .html
        case 0x6d726f66: return .form
        case 0x6e617073: return .span
        case 0x6e69616d: return .main
        case 0x756e656d: return .menu
        case 0x79646f62: return .body
        case 0x6461656874: return .thead
        case 0x6465626d65: return .embed
        case 0x6564697361: return .aside
        case 0x656c626174: return .table
        case 0x656c746974: return .title
        case 0x656c797473: return .style
        case 0x656d617266: return .frame
        case 0x6b63617274: return .track
        case 0x6c6562616c: return .label
        case 0x6d61726170: return .param
        case 0x6f65646976: return .video
        case 0x6f69647561: return .audio
        case 0x726574656d: return .meter
        case 0x746f6f6674: return .tfoot
        case 0x7475706e69: return .input
        case 0x79646f6274: return .tbody
        case 0x656372756f73: return .source
        case 0x656d61726669: return .iframe
        case 0x657275676966: return .figure
        case 0x676f6c616964: return .dialog
        case 0x686372616573: return .search
        case 0x6e656779656b: return .keygen
        case 0x6e6f6974706f: return .option
        case 0x6e6f74747562: return .button
        case 0x70756f726768: return .hgroup
        case 0x726564616568: return .header
        case 0x7265746e6563: return .center
        case 0x7265746f6f66: return .footer
        case 0x7463656a626f: return .object
        case 0x7463656c6573: return .select
        case 0x74656c707061: return .applet
        case 0x747069726373: return .script
        case 0x6465626d656f6e: return .noembed
        case 0x646e756f736762: return .bgsound
        case 0x6565757172616d: return .marquee
        case 0x656c6369747261: return .article
        case 0x676e697473696c: return .listing
        case 0x6e6f6974636573: return .section
        case 0x6e6f6974706163: return .caption
        case 0x736c6961746564: return .details
        case 0x73736572646461: return .address
        case 0x7972616d6d7573: return .summary
        case 0x6165726174786574: return .textarea
        case 0x6574616c706d6574: return .template
        case 0x70756f72676c6f63: return .colgroup
        case 0x70756f726774706f: return .optgroup
        case 0x73656d6172666f6e: return .noframes
        case 0x746573646c656966: return .fieldset
        case 0x746573656d617266: return .frameset
        case 0x746e6f6665736162: return .basefont
        case 0x7470697263736f6e: return .noscript
        default: return .other
        }
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

    /// Elements whose content is text up to their end tag, not markup.
    /// `noscript` is read as a browser with scripts reads it.
    var isRawText: Bool {
        switch self {
        case .script, .style, .noscript, .iframe, .noembed, .noframes, .xmp, .textarea, .title: return true
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
