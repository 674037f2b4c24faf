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

    @Test func aHiddenCodeElementIsAScriptsDataNotText() {
        // LinkedIn keeps its pages' JSON in hidden <code> elements (the reader's profile: "seekingRemote":true);
        // code the page shows is its text
        let tree = HTMLTree("""
            <body><code style="display: none" id="bpr-guid-1">{"seekingRemote":true}</code><code hidden>{"a":1}</code>
            <h1>Data Scientist</h1><p>Toronto, ON</p><p>Write <code>pandas</code> and SQL.</p></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true) == ["Data Scientist", "Toronto, ON", "Write pandas and SQL."])
        }
    }

    @Test func aHeaderThatHoldsTheHeadingAndNoMenuIsThePostings() {
        // the posting's header (its heading, employer and place) is read; the site's, with its menu, is chrome
        let tree = HTMLTree("""
            <body><header><h1>Acme</h1><nav><a href="/">Jobs</a></nav></header>
            <header class="job-header"><h1>Solution Engineer</h1><div>Acme GmbH – Leipzig</div></header></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true) == ["Solution Engineer", "Acme GmbH – Leipzig"])
        }
    }

    @Test func aListOfLinksNamedAMenuIsChrome() {
        // a theme's mega menu outside any <nav>, by its class or its role; a list of the posting named so is not
        // (its text is not its links')
        let tree = HTMLTree("""
            <body><div class="droopmenu-nav"><ul class="droopmenu"><li><a href="#">Products</a><ul><li><div><div><ul>
            <li><a href="/aws">AWS Cloud Management for Businesses</a></li></ul></div></div></li></ul></li></ul></div>
            <ul role="menubar"><li><a href="/about">About</a></li></ul>
            <h1>Graduate PHP Developer</h1><ul class="menu-items"><li>PHP within a LAMP stack</li></ul></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true) == ["Graduate PHP Developer", "PHP within a LAMP stack"])
        }
        #expect(PlainText.isMenuClass("mega-menu") && PlainText.isMenuClass("navbar-nav") && !PlainText.isMenuClass("menus-and-prices"))
    }

    @Test func aSideMenuIsChromeAndTheBarWithTheLogoIsNot() {
        // a theme's side menu of links beside the posting, a <div> its class names a menu ("menu_lateral"), holds only
        // its links; the bar at the top, named a menu too, holds the site's logo and its link home, and is read
        let tree = HTMLTree("""
            <body><div class="navbar-header"><a href="./"><img src="logo.png" alt=""></a><a href="./">Kestrel</a></div>
            <div class="menu_lateral_tipo1"><div><h4><a href="#c1">EMPRESA</a></h4>
            <ul class="list-group"><li><a href="historia">Historia</a></li><li><a href="consejo">Consejo</a></li></ul></div></div>
            <h2>Técnico/a de Proyectos</h2><p>En Kestrel buscamos un técnico.</p></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true) == ["Kestrel", "Técnico/a de Proyectos", "En Kestrel buscamos un técnico."])
        }
        #expect(PlainText.isMenuClass("menu_lateral_tipo1") && PlainText.isMenuClass("main_nav") && !PlainText.isMenuClass("menus_prices"))
    }

    @Test func anIconFontsGlyphIsNoText() {
        // a glyph written as its name: a place's labels the value after it, another is dropped; a class that names an
        // icon over words of the page's keeps them
        let tree = HTMLTree("""
            <body><p><span class="icon-font">location_on</span> Av. 4 #235, Ignacio Zaragoza, CDMX</p>
            <p><span class="material-icons">schedule</span> Tiempo completo</p><p><i class="material-icons left">mail</i>Escríbenos</p>
            <p><span class="icon-text">Berlin</span></p><p><span class="icon-font">calendar_today</span> Publicada 12/07/2025</p></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true) == ["Location: Av. 4 #235, Ignacio Zaragoza, CDMX",
                                                                              "Tiempo completo", "Escríbenos", "Berlin", "Publicada 12/07/2025"])
        }
    }

    @Test func inlineElementsWrittenWithNothingBetween() {
        // a browser's style sets them apart; read as one word they are no place
        let tree = HTMLTree("""
            <body><p><a href="/c/x">NVIDIA</a><span>Lyon, FR</span><time>2 weeks ago</time></p>            <p><b>Ja</b>va and <em>Go</em>, <i>fast</i></p><p><span>Berlin</span><sup>*</sup></p></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true) == ["NVIDIA · Lyon, FR · 2 weeks ago", "Java and Go, fast", "Berlin*"])
            // (the page's own text, as the document's text reads it, is left as written)
            #expect(PlainText.lines(of: tree.body) == ["NVIDIALyon, FR2 weeks ago", "Java and Go, fast", "Berlin*"])
        }
    }

    @Test func inlineElementsAStyleSheetShowsAsBlocks() {
        // a class that by the usual names of style sheets shows the element as a block ends the line;
        // an inline block stays in it
        let tree = HTMLTree("""
            <body><p><span>Le Haillan<small class="subInfo _dspBlock">déplacements à prévoir</small></span></p>\
            <p><span>Lyon<span class="d-block">CDI</span></span></p><p>Java<span class="d-inline-block">Script</span></p></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true) == ["Le Haillan", "déplacements à prévoir", "Lyon", "CDI", "JavaScript"])
        }
    }

    @Test func spansOfAListAndTheirIcons() {
        // sibling spans are items of a list; an icon's empty span, and the page's own commas, add no comma
        let tree = HTMLTree("""
            <body><ul><li><span><svg></svg></span><span>Hybrid</span></li>\
            <li><span>Utrecht</span><span>, </span><span>Utrecht</span><span>, </span><span>Netherlands</span></li>\
            <li><span>United States</span><span>Canada</span></li></ul></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true) == ["Hybrid", "Utrecht, Utrecht, Netherlands", "United States, Canada"])
        }
    }

    @Test func aLabelsSpanAndItsValuesSpan() {
        // a span that ends on a colon, then another, is a label and its value: no comma between
        // (a label known by its words ends its line: "Lieu de travail:" / "Fribourg")
        let tree = HTMLTree("""
            <body><div><span><strong>Télétravail (2j max/semaine): </strong></span><span>Non</span></div>\
            <div><span><strong>Lieu de travail: </strong></span><span>Fribourg</span></div></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true)
                    == ["Télétravail (2j max/semaine): Non", "Lieu de travail:", "Fribourg"])
        }
    }
    @Test func aRowOfALabelAndItsValueAndATermWithItsDefinitionReadAsOneLine() {
        let tree = HTMLTree("""
            <body><table><tr><th>Firma</th><td>Nordlicht GmbH</td></tr><tr><td>Ort</td><td>Leipzig</td></tr>
            <tr><td>Salary:</td><td>€50k</td></tr><tr><td>Monday</td><td>9–17</td></tr></table>
            <dl><dt>Standort</dt> <!-- x --> <dd>Dresden</dd><dt>Benefits</dt><dd>Bike</dd><dd>Gym</dd>
            <dt>Ort</dt>see below<dd>Jena</dd></dl></body>
            """)
        withExtendedLifetime(tree) {
            // (a label written with its colon, a row of no label and a term of two definitions stay as they are)
            #expect(PlainText.lines(of: tree.body, skippingChrome: true)
                == ["Firma: Nordlicht GmbH", "Ort: Leipzig", "Salary:", "€50k", "Monday", "9–17", "Standort: Dresden",
                    "Benefits", "Bike", "Gym", "Ort", "see below", "Jena"])
        }
    }

    @Test func aRowOfLabelsOverARowOfValuesReadsALabelledLineForEachColumn() {
        // a board's summary: a row of labels over one of values; a table of more rows is a list, read as it is
        let tree = HTMLTree("""
            <body><table><thead><tr><th>Employer</th><th>Location</th></tr></thead>
            <tbody><tr><td>Acme Widgets</td><td>Austin, TX</td></tr></tbody></table>
            <table><tr><th>Company</th><th>Location</th></tr><tr><td>A</td><td>B</td></tr><tr><td>C</td><td>D</td></tr></table>
            <table><tr><td>Company</td><td>Location</td></tr></table></body>
            """)
        withExtendedLifetime(tree) {
            // (a row of two labels alone is no label and its value)
            #expect(PlainText.lines(of: tree.body, skippingChrome: true)
                == ["Employer: Acme Widgets", "Location: Austin, TX", "Company", "Location", "A", "B", "C", "D",
                    "Company", "Location"])
        }
    }

    @Test func anIconThatLabelsTheValueAfterIt() {
        let tree = HTMLTree("""
            <body><div><img src="https://jobs.example.org/icons/Standort.svg"/> <span>Alzenau</span></div>
            <div><img src="/img/icon-location.png?v=2"> Berlin</div>
            <p><img alt="Location:"> <b>Lyon</b></p>
            <div><img src="/img/logo.svg"> Acme</div>
            <div><img src="/img/location.svg"></div><p>Next</p>
            <div>Salary <img src="/img/location.svg"> 50k</div></body>
            """)
        withExtendedLifetime(tree) {
            // (an icon that is no label's, one with nothing after it, and one within a line add nothing)
            #expect(PlainText.lines(of: tree.body, skippingChrome: true)
                == ["Standort: Alzenau", "Location: Berlin", "Location: Lyon", "Acme", "Next", "Salary 50k"])
            // the text alone, as a reader hears it without the page's look, keeps no label
            #expect(PlainText.lines(of: tree.body) == ["Alzenau", "Berlin", "Lyon", "Acme", "Next", "Salary 50k"])
        }
    }

    @Test func aMapWidgetIsChrome() {
        let tree = HTMLTree("""
            <body><h3>Job Location</h3><div class="leaflet-container"><div class="leaflet-control-container">
            <div class="leaflet-control-attribution leaflet-control"><a href="https://leafletjs.com">Leaflet</a> | © OpenStreetMap
            contributors</div></div></div><h3>Über das Unternehmen</h3><p>Acme baut Flugzeuge.</p></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true) == ["Job Location", "Über das Unternehmen", "Acme baut Flugzeuge."])
            // (a label left so, over a section's heading, gives no place)
            #expect(LabelledLines(lines: PlainText.lines(of: tree.body, skippingChrome: true)).location == nil)
        }
    }

    @Test func aChatWidgetIsChrome() {
        let tree = HTMLTree("""
            <body><div id="whatswidget-pre-wrapper" class="whatswidget-pre-wrapper"><div class="whatswidget-conversation-title">Axcer</div>
            <div class="whatswidget-conversation-message">Message Us </div></div><h2>Software Engineer</h2><p>Axcer</p></body>
            """)
        withExtendedLifetime(tree) {
            #expect(PlainText.lines(of: tree.body, skippingChrome: true) == ["Software Engineer", "Axcer"])
            #expect(PlainText.lines(of: tree.body).first == "Axcer")
        }
    }

    @Test func aSubtitleTheStyleSetsApartFromItsHeading() {
        let tree = HTMLTree("""
            <body><h1>Inżynier projektu<span class="job-subtitle">Stolarka okienna</span></h1>
            <p>Gesucht<strong>Senior Entwickler</strong> für Java<span>Script</span> und i<b>Phone</b>.</p>
            <div><a>Kontakt</a><a>Karriere</a></div></body>
            """)
        withExtendedLifetime(tree) {
            // a heading's subtitle is a line of its own (not a brand's capital half, nor a paragraph's inline
            // elements); inline elements side by side keep their " · "
            #expect(PlainText.lines(of: tree.body, skippingChrome: true)
                == ["Inżynier projektu", "Stolarka okienna", "GesuchtSenior Entwickler für JavaScript und iPhone.", "Kontakt · Karriere"])
            let h1 = tree.elements(.h1).first
            #expect(h1?.text == "Inżynier projektuStolarka okienna" && h1?.leadingText == "Inżynier projektu")
            #expect(h1?.textLength == h1?.text.utf8.count)
            let brand = HTMLTree("<h1>Java<span>Script</span> Developer</h1>")
            #expect(withExtendedLifetime(brand) { brand.elements(.h1).first?.leadingText } == "JavaScript Developer")
        }
    }
}
