import Testing
@testable import JobPipe

/// A page's text as a reader sees it.
@Suite struct PlainTextTests {
    @Test func textAsAReaderSeesIt() {
        let tree = HTMLTree("<body><nav>Menu</nav><h1>Title</h1><p>One  two\u{A0}three</p><ul><li>a<li>b</ul>"
                            + "<script>x()</script><footer>f</footer></body>")
        withExtendedLifetime(tree) {
            #expect(PlainText.of(tree.body) == "Menu\nTitle\nOne two three\na\nb\nf")
            #expect(PlainText.of(tree.body, skippingChrome: true) == "Title\nOne two three\na\nb")
            #expect(tree.body.text == "Menu Title One two three a b f")
        }
    }
}
