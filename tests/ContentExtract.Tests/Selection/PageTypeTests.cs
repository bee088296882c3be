namespace ContentExtract.Tests.Selection;

/// <summary>
/// Pages that are not news articles get what their readers want, end to end on composed pages: a forum thread keeps
/// its posts, a shop category its products, a service page its sections, an article beside a long comment thread or
/// a disclaimer stays the article.
/// </summary>
public sealed class PageTypeTests
{
    private static string Page(string title, string body, string head = "") =>
        $"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>";

    private static readonly string Menu =
        "<nav class='site-nav'><ul><li><a href='/'>Home</a></li><li><a href='/shop'>Shop</a></li><li><a href='/about'>About</a></li><li><a href='/help'>Help</a></li></ul></nav>";

    private static readonly string Footer =
        "<footer><p>© 2025 Alder Outfitters. All rights reserved.</p><ul><li><a href='/privacy'>Privacy</a></li><li><a href='/terms'>Terms</a></li></ul></footer>";

    [Fact]
    public void A_forum_thread_keeps_its_posts()
    {
        string[] posts =
        [
            "Has anyone here replaced the brake pads on the 2019 model themselves? The manual says to take off the caliper first, but the bolts on mine will not move at all.",
            "I did mine last spring. Soak the bolts in penetrating oil overnight and use a breaker bar, not the small wrench that came with the car, and they will come loose.",
            "Also check the slide pins while you are in there. Mine were dry and the new pads wore unevenly within a few months because the caliper could not move freely.",
            "Thanks, the oil did the trick this morning. The pins were dry too, so I greased them and the brakes feel much better than they did before the job.",
        ];
        var thread = string.Concat(posts.Select((post, i) =>
            $"<div class='comment post' id='post-{i}'><div class='author'>member{i}</div><p>{post}</p><a href='#reply'>Reply</a></div>"));
        string html = Page("Replacing brake pads myself - Owners Forum", $"{Menu}<h1>Replacing brake pads myself</h1><div class='comments'>{thread}</div>{Footer}");

        var document = ContentExtractor.Default.ExtractHtml(html);

        foreach (string post in posts)
        {
            Assert.Contains(post[..40], document.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("All rights reserved", document.Text, StringComparison.Ordinal);
    }

    private const string HiddenProductDescription =
        "Our darkest roast, ground for drip machines and French presses alike. Each bag holds a blend of arabica for smooth flavour and robusta for strength, roasted in small batches and sealed the same day.";

    [Fact]
    public void A_page_that_hides_its_content_until_a_script_runs_is_read_as_it_stands()
    {
        // A storefront's age or region check wraps the whole product in an element its script shows later. The page is
        // read as it stands, hidden parts unread: the rule that read them again paid on one corpus only and was removed
        // (README, "The rule audit"). What the page shows, its menu and footer, is no article either.
        string product = $"<div class='lockdown-content' style='display:none;'><main><h1>Dark Roast Coffee</h1><p>$19.99</p><div class='description'><p>{HiddenProductDescription}</p><ul><li>Weight: 16 oz</li><li>Roast: dark</li></ul></div></main></div>";
        string html = Page("Dark Roast Coffee - Alder Roasters", $"{Menu}{product}<p hidden>Sold out</p>{Footer}");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.DoesNotContain(HiddenProductDescription, document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sold out", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_content_of_its_own_leaves_what_its_style_hides_unread()
    {
        string html = Page(
            "Dark Roast Coffee - Alder Roasters",
            $"{Menu}<main><h1>Dark Roast Coffee</h1><p>{HiddenProductDescription}</p></main><div class='quick-view' style='display:none'><p>Added to your cart. Your cart now holds one item, ready for checkout whenever you are done shopping.</p></div>{Footer}");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Contains(HiddenProductDescription, document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Added to your cart", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shop_category_keeps_its_products_and_lists_them_as_links()
    {
        string[] products = ["Trail running shoe, grey", "Waterproof hiking boot", "Lightweight camp sandal", "Winter snow boot, insulated", "Approach shoe for climbing", "Everyday walking shoe", "Kids' hiking boot, blue", "Leather work boot"];
        var grid = string.Concat(products.Select((name, i) =>
            $"<li class='product-card'><a href='/p/{i}'><h3>{name}</h3></a><span class='price'>${89 + i}.00</span><span>Free returns</span></li>"));
        string html = Page("Footwear - Alder Outfitters", $"{Menu}<main><h1>Footwear</h1><p>8 products</p><ul class='grid'>{grid}</ul></main>{Footer}");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Equal(PageKind.Listing, document.PageKind);
        foreach (string name in products)
        {
            Assert.Contains(name, document.Text, StringComparison.Ordinal);
        }

        Assert.Contains("$92.00", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", document.Text, StringComparison.Ordinal);
        var items = Assert.Single(document.LinkLists, list => list.Links.Count == products.Length);
        Assert.Equal("/p/4", items.Links[4].Url);
    }

    [Fact]
    public void A_shop_category_keeps_its_introduction_above_the_sort_controls_with_its_products()
    {
        // The category's paragraph is the only prose on the page, so the best run is that paragraph alone; the list reads it
        // as its introduction, past the sort links between them, and wins with it.
        const string Introduction = "The ergonomic mesh chairs in this range pair breathable backs with padded or all-mesh seats, so you can choose the support and the airflow that suit your working day.";
        string[] products = ["Mesh task chair, high back", "Mesh task chair, mid back", "Drafting stool with mesh back", "Conference chair, black frame", "Mesh chair with headrest", "Compact mesh chair for home", "Heavy-duty mesh task chair", "Mesh chair with leather seat"];
        var grid = string.Concat(products.Select((name, i) =>
            $"<div class='card'><h3><a href='/chairs/{i}'>{name}</a></h3><p class='price'>${399 + (10 * i)}.00</p><p>Ships in two days</p></div>"));
        string controls = "<div class='toolbar'><p><a href='#reviews'>Rated 4.8 by our buyers</a></p><p>Sort by: <a href='?sort=price'>Price</a> <a href='?sort=name'>Name</a></p></div>";
        string html = Page("Mesh Chairs - Alder Office", $"{Menu}<main><h1>Mesh Chairs</h1><p>{Introduction}</p><div class='results'>{controls}<div class='grid'>{grid}</div></div></main>{Footer}");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Contains(Introduction, document.Text, StringComparison.Ordinal);
        foreach (string name in products)
        {
            Assert.Contains(name, document.Text, StringComparison.Ordinal);
        }

        Assert.Equal(PageKind.Listing, document.PageKind);
    }

    [Fact]
    public void A_list_whose_items_are_headings_alone_keeps_its_last_items()
    {
        // Every item is its title, set as a heading: the last ones are items, not the heads of a section that was left out.
        string[] titles = ["Walking boots for wet spring trails", "Camp stoves that pack down small", "Rain jackets tested on a windy ridge", "Sleeping mats for cold ground", "Water filters for long day hikes", "Head torches with a red light mode", "Trekking poles that fold to a third"];
        var grid = string.Concat(titles.Select((title, i) => $"<div class='card'><h3><a href='/guides/{i}'>{title}</a></h3></div>"));
        string html = Page("Gear guides - Alder Outfitters", $"{Menu}<main><h1>Gear guides</h1><div class='grid'>{grid}</div></main>{Footer}");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Equal(PageKind.Listing, document.PageKind);
        foreach (string title in titles)
        {
            Assert.Contains(title, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_list_with_no_introduction_starts_at_its_first_item_and_leaves_the_title_to_the_page()
    {
        // The heading that echoes the title, with the site's name, stands over a trail and the list: with nothing to introduce
        // the list between them, the list starts at its items, and the title is the page's own, not that heading.
        string[] titles = ["Walking boots for wet spring trails", "Camp stoves that pack down small", "Rain jackets tested on a windy ridge", "Sleeping mats for cold ground", "Water filters for long day hikes", "Head torches with a red light mode", "Trekking poles that fold to a third"];
        var grid = string.Concat(titles.Select((title, i) => $"<div class='card'><a href='/guides/{i}'>{title}</a><p>Our testers' notes, updated this season</p></div>"));
        string html = Page("Gear guides", $"{Menu}<div class='top'><h2>Gear guides - Alder Outfitters</h2></div><div class='breadcrumb'><a href='/'>Home</a> › <a href='/guides'>Guides</a></div><main><div class='grid'>{grid}</div></main>{Footer}");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Equal(PageKind.Listing, document.PageKind);
        Assert.Equal("Gear guides", document.Title);
        Assert.Contains(titles[6], document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_above_a_list_of_teasers_is_no_introduction_to_them()
    {
        string[] paragraphs =
        [
            "The city council voted on Tuesday to extend the night bus service to the northern suburbs, after two years of petitions from shift workers who had no way home after midnight.",
            "The new routes start in March and will run every thirty minutes between midnight and five in the morning, the transport office said in a statement after the vote.",
            "Councillors who opposed the plan said the cost had not been weighed against other needs, but the motion passed with a clear majority and the budget was set aside.",
            "Drivers will be hired from the regional pool, and the union said it expected the first shifts to be filled by volunteers who already work the late evening routes.",
            "Residents of the northern estates welcomed the news, though several said a bus every half hour would still leave many of them waiting in the cold on winter nights.",
        ];
        string[] teasers = ["Harbour bridge closes for repairs", "School meals to get more vegetables", "Library opens on Sundays again", "New cycle lanes for the old town", "Market square gets a winter fair", "Park ponds to be cleaned in spring"];
        var list = string.Concat(teasers.Select((title, i) => $"<div class='item'><a href='/news/{i}'>{title}</a><span>Local news, two days ago</span></div>"));
        string html = Page("Night buses for the north - City Paper", $"{Menu}<main><h1>Night buses for the north</h1><div class='story'>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</div><div class='more'>{list}</div></main>{Footer}");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Equal(PageKind.Article, document.PageKind);
        Assert.Contains(paragraphs[0], document.Text, StringComparison.Ordinal);
        Assert.Contains(paragraphs[4], document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(teasers[3], document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_page_keeps_all_its_sections()
    {
        string html = Page("Bookkeeping for small firms - Ledgerly", $"""
            {Menu}
            <main>
              <section class="hero"><h1>Bookkeeping for small firms</h1><p>Your books, done every month by a named accountant.</p><a href="/start">Start free trial</a></section>
              <section><h2>What you get</h2><ul><li>Monthly reconciliation</li><li>Payroll for up to 20 staff</li><li>Quarterly tax filings</li></ul></section>
              <section><h2>How it works</h2><p>Connect your bank, upload receipts from your phone and we do the rest.</p><p>Each month you get a report you can read in five minutes.</p></section>
              <section><h2>Pricing</h2><p>From $149 a month, no setup fee.</p></section>
            </main>
            {Footer}
            """);

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Contains("named accountant", document.Text, StringComparison.Ordinal);
        Assert.Contains("Payroll for up to 20 staff", document.Text, StringComparison.Ordinal);
        Assert.Contains("upload receipts", document.Text, StringComparison.Ordinal);
        Assert.Contains("From $149 a month", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_stays_the_article_beside_a_longer_comment_thread()
    {
        const string sentence = "The harbour authority said on Monday that dredging of the outer channel will begin in May and last about six weeks, weather permitting.";
        string article = string.Concat(Enumerable.Range(0, 6).Select(i => $"<p>{sentence} Paragraph {i} of the report adds detail on costs, permits and the schedule.</p>"));
        string comments = string.Concat(Enumerable.Range(0, 14).Select(i =>
            $"<li class='comment'><p>Reader {i} writes that they have waited years for this, and that the ferry has run aground twice in the last winter alone.</p></li>"));
        string html = Page(
            "Harbour dredging to start in May - Bay Courier",
            $"{Menu}<article><h1>Harbour dredging to start in May</h1>{article}</article><section id='comments'><h2>Comments</h2><ol>{comments}</ol></section>{Footer}",
            "<meta property='og:type' content='article'>");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Equal(PageKind.Article, document.PageKind);
        Assert.Contains("Paragraph 5 of the report", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reader 3 writes", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blog_post_is_not_its_disclaimer()
    {
        const string post = "We spent a week testing four tents on the coast, in rain and in wind, and the cheapest one kept us the driest of all, which surprised everyone on the team.";
        string body = string.Concat(Enumerable.Range(0, 5).Select(i => $"<p>{post} Day {i} brought new weather to test them in.</p>"));
        string html = Page(
            "Four tents in the rain - Trail Notes",
            $"{Menu}<h1>Four tents in the rain</h1><div class='entry-content'>{body}</div>" +
            "<aside class='disclaimer'><p>Disclaimer: the information on this blog is for general information only. We accept no liability for any loss or damage arising from the use of this blog, and links to other sites do not mean we endorse them.</p></aside>" +
            Footer);

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Contains("Day 4 brought new weather", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("accept no liability", document.Text, StringComparison.Ordinal);
    }

    private static string ProductWithReviews(string head)
    {
        const string description = "A waxed cotton jacket cut for long walks in wet weather, with a corduroy collar, two deep hand pockets and a game pocket across the back that holds a map or a flask.";
        string reviews = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<div class='review-item'><h3>Great for the hills</h3><p>Customer {i} says they have worn it through a whole winter of muddy walks and it still keeps the rain out, though the sleeves run a little long.</p><p>Verified buyer</p></div>"));
        return Page(
            "Field Jacket - Alder Outfitters",
            $"{Menu}<main><h1>Field Jacket</h1><p>$189.00</p><div class='review-summary'><p>Rated 4.6 of 5: 92% of the 1,204 reviews of this jacket are positive.</p></div><div class='description'><p>{description}</p><p>The wax is renewed at our workshop for free for as long as you own the jacket: send it back each autumn and it comes home within two weeks, cleaned and proofed again.</p><ul><li>Outer: waxed cotton</li><li>Lining: tartan cotton</li><li>Weight: 1.4 kg</li></ul></div>" +
            $"<section class='product-reviews'><h2>Customer reviews</h2>{reviews}</section></main>{Footer}",
            head);
    }

    [Fact]
    public void A_product_page_keeps_its_description_without_its_customer_reviews()
    {
        // A shop's reviews are its comment thread: many alike posts below the product, named so by their markup.
        string html = ProductWithReviews("<meta property='og:type' content='product'>");

        var document = ContentExtractor.Default.ExtractHtml(html);
        var withoutRule = new ContentExtractor(new ExtractionOptions { DisabledRules = new HashSet<ContentExtract.Pipeline.Rule> { ContentExtract.Pipeline.Rule.ReviewsAsComments } }).ExtractHtml(html);

        Assert.Contains("waxed cotton jacket cut for long walks", document.Text, StringComparison.Ordinal);
        Assert.Contains("comes home within two weeks", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Customer 3 says", document.Text, StringComparison.Ordinal);
        // A rating's summary under the title is named for reviews too, but it holds no thread of them: it stays the product's.
        Assert.Contains("92% of the 1,204 reviews", document.Text, StringComparison.Ordinal);
        Assert.True(withoutRule.Text.Contains("Customer 3 says", StringComparison.Ordinal), "without the rule: " + withoutRule.Text);
    }

    [Fact]
    public void A_page_that_declares_an_article_keeps_what_it_names_a_review()
    {
        // A critic's review is an article, whatever its markup calls it: on a page that declares one, "review" names no thread.
        string review = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Paragraph {i}: the new production moves the play to a seaside town in winter, and the cast makes the most of the cold light and the long silences between the scenes.</p>"));
        string html = Page(
            "The Tempest, reviewed - Stage Weekly",
            $"{Menu}<h1>The Tempest, reviewed</h1><div class='review'>{review}</div><div class='reviews-more'><p>Our critic also saw two other plays this month and writes about them next week, with a note on the new theatre bar.</p></div>{Footer}",
            "<meta property='og:type' content='article'>");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Contains("Paragraph 5: the new production", document.Text, StringComparison.Ordinal);
        Assert.Contains("Our critic also saw two other plays", document.Text, StringComparison.Ordinal);
    }
}
