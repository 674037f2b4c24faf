import Testing
@testable import JobPipe

/// The tree analyze-job reads pages into, written out compactly:
/// `name[children]` for elements, `"text"` for text.
private func outline(_ html: String) -> String {
    let tree = HTMLTree(html)
    return withExtendedLifetime(tree) { children(of: tree.document) }
}

private func children(of node: TreeNode) -> String {
    var parts: [String] = []
    var c = node.firstChild
    while let n = c {
        if n.isText {
            parts.append("\"" + n.content + "\"")
        } else if n.isComment {
            parts.append("<!--" + n.content + "-->")
        } else {
            let inner = children(of: n)
            parts.append(inner.isEmpty ? n.name : n.name + "[" + inner + "]")
        }
        c = n.nextSibling
    }
    return parts.joined(separator: " ")
}

@Suite struct HTMLTreeTests {
    @Test func impliedEndsOfParagraphsItemsAndCells() {
        #expect(outline("<p>a<p>b<div>c</div>") == #"p["a"] p["b"] div["c"]"#)
        #expect(outline("<ul><li>a<li>b<ul><li>c</ul><li>d</ul>") == #"ul[li["a"] li["b" ul[li["c"]]] li["d"]]"#)
        #expect(outline("<dl><dt>k<dd>v<dt>k2</dl>") == #"dl[dt["k"] dd["v"] dt["k2"]]"#)
        #expect(outline("<table><tr><td>a<div>b<td>c<tr><td>d</table>")
                == #"table[tr[td["a" div["b"]] td["c"]] tr[td["d"]]]"#)
        #expect(outline("<h1>a<h2>b</h2>") == #"h1["a"] h2["b"]"#)
        #expect(outline("<select><option>a<option>b</select>") == #"select[option["a"] option["b"]]"#)
        // a <p> ends at a block, not at an inline element
        #expect(outline("<p>a<b>b</b>c<ul><li>x</ul>") == #"p["a" b["b"] "c"] ul[li["x"]]"#)
    }

    @Test func anUnclosedHeadEndsWhereThePageBegins() {
        #expect(outline("<head><title>T</title><meta charset=utf-8><h1>A</h1>") == #"head[title["T"] meta] h1["A"]"#)
        #expect(outline("<head><title>T</title>words<p>b") == #"head[title["T"]] "words" p["b"]"#)
        #expect(outline("<html><head><style>x</style><body><p>a") == #"html[head[style["x"]] body[p["a"]]]"#)
    }

    @Test func endTagsThatMatchNothingAreIgnored() {
        #expect(outline("</div><p>a</span>b</p></p>c") == #"p["a" "b"] p "c""#)  // </p> alone makes an empty <p>
        // an inline end tag does not close past a block; a block end tag closes what is inside it
        #expect(outline("<div><span>a<div>b</span>c</div>d</div>e") == #"div[span["a" div["b" "c"] "d"]] "e""#)
        #expect(outline("<DIV Class=x>A</Div>") == #"div["A"]"#)
    }

    @Test func voidElementsHoldNothing() {
        #expect(outline("<br>a<img src=x.png>b<hr/>c<input>") == #"br "a" img "b" hr "c" input"#)
        // in HTML "/>" does not close a normal element; inside <svg> it does
        #expect(outline("<div/>a") == #"div["a"]"#)
        #expect(outline("<svg><path d='M0'/><g/></svg>x") == #"svg[path g] "x""#)
    }

    @Test func rawTextUpToItsOwnEndTag() {
        #expect(outline("<script>if (a<b && c>d) { x = '</div>' }</script><p>p")
                == #"script["if (a<b && c>d) { x = '</div>' }"] p["p"]"#)
        #expect(outline("<style>p>a{}</STYLE >x") == #"style["p>a{}"] "x""#)
        #expect(outline("<title>Tom &amp; Jerry</title>") == #"title["Tom & Jerry"]"#)
        #expect(outline("<script>never ended <p>") == #"script["never ended <p>"]"#)
        // script text is never decoded, title text is
        #expect(outline("<script>a&amp;b</script>") == #"script["a&amp;b"]"#)
    }

    @Test func commentsAreNodesAndLeaveNoText() {
        #expect(outline("a<!-- <p>hidden</p> -->b") == #""a" <!-- <p>hidden</p> --> "b""#)
        #expect(outline("a<!-->b<!--->c<!-- x --!>d") == #""a" <!----> "b" <!----> "c" <!-- x --> "d""#)
        // bogus comments: <?…>, </ …>, <!…> that is no doctype
        #expect(outline("<!DOCTYPE html><?xml x?>a</ 3>b<!x>") == #"<!--?xml x?--> "a" <!-- 3--> "b" <!--x-->"#)
        #expect(outline("a <b < c") == #""a ""#)  // the page ends inside the tag
        #expect(outline("1 < 2") == #""1 < 2""#)
        // an unended comment runs to the end of the page
        #expect(outline("a<!-- b <p>c") == #""a" <!-- b <p>c-->"#)
        let tree = HTMLTree("<p>a<!--x-->b</p>")
        #expect(withExtendedLifetime(tree) { tree.document.firstChild!.text } == "ab")
    }

    @Test func endTagsHTMLReadsAsOthers() {
        #expect(outline("a</br>b") == #""a" br "b""#)
        #expect(outline("<h1>a</h2>b") == #"h1["a"] "b""#)
        #expect(outline("<head></p><title>t</title>") == #"head[title["t"]]"#)  // no empty <p> before the content
        #expect(outline("<form><div></form>a</div>") == #"form[div["a"]]"#)
        #expect(outline("<form><form>a") == #"form["a"]"#)
    }

    @Test func impliedEndsOfButtonsLinksAndRuby() {
        #expect(outline("<button>a<button>b") == #"button["a"] button["b"]"#)
        #expect(outline("<a>a<a>b") == #"a["a"] a["b"]"#)
        #expect(outline("<ruby>a<rb>b<rt>c<rp>d</ruby>") == #"ruby["a" rb["b"] rt["c"] rp["d"]]"#)
    }

    @Test func aLineBreakAfterPreIsNotContent() {
        #expect(outline("<pre>\na\n</pre><textarea>\nb</textarea>") == "pre[\"a\n\"] textarea[\"b\"]")
        #expect(outline("<listing>&#x0a;\nc</listing>") == "listing[\"\nc\"]")
    }

    @Test func endTagsOfRawTextAsTheTokenizerReadsThem() {
        #expect(outline(#"<script>a</script foo=">" b>c"#) == #"script["a"] "c""#)
        #expect(outline("<script>a</script") == #"script["a</script"]"#)
        #expect(outline("<script>a</script ") == #"script["a"]"#)
        #expect(outline("a</") == #""a</""#)
    }

    @Test func noscriptIsRawTextOnlyWithScripting() {
        #expect(outline("<noscript><a href=x>mail</a></noscript>") == #"noscript["<a href=x>mail</a>"]"#)
        let tree = HTMLTree("<noscript><a href=x>mail</a></noscript>", scripting: false)
        #expect(withExtendedLifetime(tree) { children(of: tree.document) } == #"noscript[a["mail"]]"#)
    }

    @Test func attributesAsBrowsersReadThem() {
        let tree = HTMLTree(#"<a href="/x?a=1&amp;b=2&copy=3" data-x='it&#39;s' flag id=u1 ID=dup title = " spaced ">t</a>"#)
        withExtendedLifetime(tree) {
            let a = tree.elements(.a)[0]
            #expect(a.attribute("href") == "/x?a=1&b=2&copy=3")
            #expect(a.attribute("data-x") == "it's")
            #expect(a.attribute("flag") == "")
            #expect(a.attribute("id") == "u1")
            #expect(a.attribute("title") == " spaced ")
            #expect(a.attribute("missing") == nil)
        }
        // a tag cut off by the end of the page is dropped
        #expect(outline(#"a<a href="x"#) == #""a""#)
    }

    @Test func characterReferences() {
        #expect(outline("&eacute;t&#233; &#x2014; &#150; &#0; &bogus; &amp &lt;b&gt; R&D") == #""été — – � &bogus; & <b> R&D""#)
        #expect(outline("&nbsp;x&copy2026 &ampT") == "\"\u{A0}x©2026 &T\"")
    }

    @Test func hostilePagesStayCheap() {
        // nesting past the depth limit lands in the deepest element, and the walk ends
        let deep = String(repeating: "<div>", count: 20_000) + "x" + String(repeating: "</div>", count: 20_000)
        let tree = HTMLTree(deep)
        withExtendedLifetime(tree) {
            var elements = 0, texts = 0
            tree.walk { node in
                if node.isElement { elements += 1 } else { texts += 1 }
                return true
            }
            #expect(elements == 20_000)
            #expect(texts == 1)
            #expect(PlainText.of(tree.document) == "")  // text below depth 256 is not read
        }
        #expect(outline(String(repeating: "</p>", count: 50_000) + "ok") == #""ok""#)
        #expect(outline(String(repeating: "<", count: 50_000)) == "\"" + String(repeating: "<", count: 50_000) + "\"")
    }
}
