using ContentExtract.Segmentation;
using ContentExtract.Structure;

namespace ContentExtract.Tests.Structure;

public sealed class LinkListRecognizerTests
{
    /// <summary>Enough prose for the article to be found, so that the boxes around it are outside it.</summary>
    private const string ArticleHtml = """
        <h1>Council approves river park after long debate</h1>
        <p>The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the families of the east side.</p>
        <p>Construction crews are expected to begin clearing the site in April, after the state signs off on the environmental review of the former yard and its buildings.</p>
        <p>Residents who spoke at the meeting were mostly in favour, although several asked the council to keep the old signal tower as a landmark for the neighbourhood.</p>
        """;

    private const string ArticleZhHtml = """
        <h1>溪南市老年助餐服务实现街道全覆盖</h1>
        <p>记者从市民政局获悉，截至今年三月底，全市已建成社区老年食堂一百二十余家，覆盖全部街道，每天为一万多名老年人提供午餐和晚餐服务。</p>
        <p>市民政局有关负责人介绍，下一步将推动助餐服务向农村延伸，并通过中央厨房统一配送的方式降低运营成本，让更多老人吃得上、吃得起、吃得好。</p>
        <p>在城东街道的一家社区食堂，记者看到老人们排队取餐，菜品有荤有素，价格比市场价低两成左右，不少老人表示饭菜合口味。</p>
        """;

    [Theory]
    [InlineData("全省动态 更多...", "全省动态", true)]
    [InlineData("热点推荐 更多>>", "热点推荐", true)]
    [InlineData("新闻排行榜 更多+", "新闻排行榜", true)]
    [InlineData("Related stories", "Related stories", false)]
    [InlineData("Most read More »", "Most read", true)]
    [InlineData("Related »", "Related", true)]
    [InlineData("Evermore", "Evermore", false)]
    [InlineData("Read more", "Read more", false)]
    [InlineData("More from Film...", "More from Film...", false)]
    public void More_markers_are_stripped_from_headings(string heading, string title, bool hasMore)
    {
        Assert.Equal(title, LinkListText.StripMoreMarker(heading, out bool more));
        Assert.Equal(hasMore, more);
    }

    [Theory]
    [InlineData("Read more", true)]
    [InlineData("READ MORE", true)]
    [InlineData("More", true)]
    [InlineData("More»", true)]
    [InlineData("更多>>", true)]
    [InlineData("See all", true)]
    [InlineData("More from Film", false)]
    [InlineData("Evermore", false)]
    [InlineData("", false)]
    public void Lines_that_are_only_a_more_link_are_told_apart(string text, bool onlyMore) =>
        Assert.Equal(onlyMore, LinkListText.IsOnlyMoreLink(text));

    [Theory]
    [InlineData(" Yesterday ", true)]
    [InlineData("JUST NOW", true)]
    [InlineData("\u3000刚刚", true)]
    [InlineData("13 hours ago", true)]
    [InlineData("Yesterdays", false)]
    [InlineData("the day before", false)]
    public void Relative_times_without_a_digit_are_details_whatever_their_case_and_spaces(string text, bool detail) =>
        Assert.Equal(detail, LinkListText.IsDetailText(text));

    [Theory]
    [InlineData("Search", true)]
    [InlineData(" Menu： ", true)]
    [InlineData("COMMENT:", true)]
    [InlineData("分享", true)]
    [InlineData("Most read", false)]
    [InlineData("Searchlight", false)]
    public void Headings_of_widgets_name_no_list_whatever_their_spaces_and_colon(string text, bool namesNoList) =>
        Assert.Equal(namesNoList, LinkListText.NamesNoList(text));

    [Fact]
    public void Bulleted_groups_under_a_heading_become_named_lists_and_empty_headings_do_not()
    {
        const string text = """
            Council approves river park

            The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the east side.

            Construction crews are expected to begin clearing the site in April, after the state signs off on the environmental review of the former yard.

            Related

            More from Local News »
            • School board delays vote on new calendar
            • Bridge repairs to close Main Street for a week...
            • Library extends weekend hours

            Most read
            • Storm knocks out power to 3,000 homes
            • Farmers market returns to the square
            """;
        var lists = ContentExtractor.Default.ExtractText(text).LinkLists;
        Assert.Equal(["More from Local News", "Most read"], lists.Select(l => l.Title));
        Assert.True(lists[0].HasMore);
        Assert.Equal(3, lists[0].Links.Count);
        Assert.Equal("Bridge repairs to close Main Street for a week", lists[0].Links[1].Text);
        Assert.True(lists[0].Links[1].Truncated);
        Assert.Equal(2, lists[1].Links.Count);
    }

    [Fact]
    public void A_heading_over_a_list_of_links_is_a_list_with_resolved_addresses()
    {
        string html = ArticleHtml + """
            <aside>
              <h2>Most Popular</h2>
              <ul>
                <li><a href="/news/storm-power.html">Storm knocks out power to 3,000 homes</a></li>
                <li><a href="/news/market.html">Farmers market returns to the square</a></li>
                <li><a href="/news/library.html">Library extends weekend hours through summer</a></li>
              </ul>
            </aside>
            """;
        var document = ContentExtractor.Default.ExtractHtml(html, new PageInfo { Url = new Uri("https://example.com/local/park.html") });

        var list = Assert.Single(document.LinkLists);
        Assert.Equal("Most Popular", list.Title);
        Assert.Equal(["Storm knocks out power to 3,000 homes", "Farmers market returns to the square", "Library extends weekend hours through summer"], list.Links.Select(l => l.Text));
        Assert.Equal("https://example.com/news/market.html", list.Links[1].Url);
        Assert.DoesNotContain("Storm knocks out power", document.Text, StringComparison.Ordinal);
        Assert.Contains("signal tower", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_with_dates_and_rank_numbers_keep_only_their_headlines()
    {
        string html = ArticleHtml + """
            <div class="sidebar">
              <h3>Trending</h3>
              <div class="card"><span class="rank">1</span><a href="/a">Ferry service resumes after three-month gap</a><div class="time">13 hours ago</div></div>
              <div class="card"><span class="rank">2</span><a href="/b">Lifeboat crew rescues two kayakers off the point</a><div class="time">15 hours ago</div></div>
              <div class="card"><span class="rank">3</span><a href="/c">Bypass route goes on public display next week</a><div class="time">1 day ago</div></div>
            </div>
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractHtml(html).LinkLists);

        Assert.Equal("Trending", list.Title);
        Assert.Equal(["Ferry service resumes after three-month gap", "Lifeboat crew rescues two kayakers off the point", "Bypass route goes on public display next week"], list.Links.Select(l => l.Text));
    }

    [Fact]
    public void A_labelled_line_of_links_is_a_list_titled_by_its_label()
    {
        string html = ArticleHtml + """
            <div class="tags">Related Topics: <a href="/t/parks">Parks</a> <a href="/t/council">City Council</a> <a href="/t/rail">Rail Yards</a></div>
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractHtml(html).LinkLists);

        Assert.Equal("Related Topics:", list.Title);
        Assert.Equal(["Parks", "City Council", "Rail Yards"], list.Links.Select(l => l.Text));
    }

    [Fact]
    public void A_chinese_box_with_a_more_link_and_dates_gives_clean_titles()
    {
        string html = ArticleZhHtml + """
            <div class="box">
              <h3>相关新闻 <a href="/more/">更多&gt;&gt;</a></h3>
              <ul>
                <li><a href="/n1.html">市民政局召开全市养老服务工作推进会</a> 2024-05-12</li>
                <li><a href="/n2.html">城东街道樟树社区获评省级示范性老年友好社区</a> 2024-05-10</li>
                <li><a href="/n3.html">关于开展2024年度养老服务机构等级评定工作的通知...</a> 2024-05-08</li>
              </ul>
            </div>
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractHtml(html, new PageInfo { Url = new Uri("https://example.cn/a.html") }).LinkLists);

        Assert.Equal("相关新闻", list.Title);
        Assert.True(list.HasMore);
        Assert.Equal("https://example.cn/more/", list.MoreUrl);
        Assert.Equal("市民政局召开全市养老服务工作推进会", list.Links[0].Text);
        Assert.Equal("关于开展2024年度养老服务机构等级评定工作的通知", list.Links[2].Text);
        Assert.True(list.Links[2].Truncated);
    }

    [Fact]
    public void A_layout_table_row_of_dated_links_is_a_box_with_one_entry_per_link()
    {
        // An older page's box beside the article: a heading row, then one cell holding every headline, each followed by its date.
        string html = ArticleZhHtml + """
            <aside><table>
              <tr><td>本地要闻</td></tr>
              <tr><td>
                <a href="/n1.html">市民政局召开全市养老服务工作推进会</a>(2005-04-27 18:03PM)<br>
                <a href="/n2.html">城东街道樟树社区获评省级示范性老年友好社区</a>(2005-04-26 09:12AM)<br>
                <a href="/n3.html">老旧小区加装电梯进入快车道</a>(2005-04-25 17:40PM)<br>
                <a href="/n4.html">地铁三号线一期全线洞通 明年开通试运营</a>(2005-04-24 08:05AM)
              </td></tr>
            </table></aside>
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractHtml(html, new PageInfo { Url = new Uri("https://example.cn/a.html") }).LinkLists);

        Assert.Equal("本地要闻", list.Title);
        Assert.Equal(["市民政局召开全市养老服务工作推进会", "城东街道樟树社区获评省级示范性老年友好社区", "老旧小区加装电梯进入快车道", "地铁三号线一期全线洞通 明年开通试运营"], list.Links.Select(l => l.Text));
        Assert.Equal("https://example.cn/n4.html", list.Links[3].Url);
    }

    [Fact]
    public void Entries_whose_dates_outweigh_their_links_are_still_entries()
    {
        string html = ArticleHtml + """
            <div class="box">
              <h3>Around the region</h3>
              <ul>
                <li>· <a href="/a.html">Ferry returns</a> (2024-05-12 18:03)</li>
                <li>· <a href="/b.html">Café wins award</a> (2024-05-11 09:40)</li>
                <li>· <a href="/c.html">Dam opens</a> (2024-05-10 17:15)</li>
              </ul>
            </div>
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractHtml(html).LinkLists);

        Assert.Equal("Around the region", list.Title);
        Assert.Equal(["Ferry returns", "Café wins award", "Dam opens"], list.Links.Select(l => l.Text));
    }

    [Theory]
    [InlineData("·Ferry returns (2024-05-12 18:03PM)", true)]
    [InlineData("Ferry returns2005-03-28 11:29:36 Dam opens 2005-03-27", true)]
    [InlineData("Ferry returns | Dam opens (28)", true)]
    [InlineData("Ferry returns, the council said on Tuesday after the vote", false)]
    [InlineData("Ferry returns (photos) Dam opens", false)]
    public void Only_dates_counts_and_separators_beside_links_leave_a_block_a_row_of_links(string text, bool onlyDetails)
    {
        SegmentLink[] links = [new("Ferry returns", null), .. text.Contains("Dam opens", StringComparison.Ordinal) ? [new SegmentLink("Dam opens", null)] : Array.Empty<SegmentLink>()];
        var segment = new Segment(0, text) { Links = links, LinkChars = links.Sum(l => l.Text.Length) };

        Assert.Equal(onlyDetails, LinkListText.OnlyDetailsBesideLinks(segment));
    }

    [Fact]
    public void A_plain_read_more_heading_and_a_heading_drawn_with_a_bar_head_their_links()
    {
        string html = ArticleHtml + """
            <div class="further"><p>Read more</p>
              <ul>
                <li><a href="/g1.html">How the river park will be paid for</a></li>
                <li><a href="/g2.html">A guide to the east side's trails</a></li>
                <li><a href="/g3.html">State review of the old rail yard</a></li>
              </ul>
            </div>
            <div class="side"><span>| Newest</span>
              <ul>
                <li><a href="/n1.html">School board delays vote on new calendar</a></li>
                <li><a href="/n2.html">Library extends weekend hours for the summer</a></li>
                <li><a href="/n3.html">Storm knocks out power to 3,000 homes</a></li>
              </ul>
            </div>
            """;
        var lists = ContentExtractor.Default.ExtractHtml(html).LinkLists;

        Assert.Equal(["Read more", "Newest"], lists.Select(l => l.Title));
        Assert.All(lists, list => Assert.Equal(3, list.Links.Count));
    }

    [Fact]
    public void A_read_more_link_heads_no_list()
    {
        string html = ArticleHtml + """
            <div class="further"><p><a href="/more.html">Read more</a></p>
              <ul>
                <li><a href="/g1.html">How the river park will be paid for</a></li>
                <li><a href="/g2.html">A guide to the east side's trails</a></li>
                <li><a href="/g3.html">State review of the old rail yard</a></li>
              </ul>
            </div>
            """;

        Assert.DoesNotContain(ContentExtractor.Default.ExtractHtml(html).LinkLists, list => list.Title == "Read more");
    }

    [Fact]
    public void Cards_with_a_date_and_a_summary_under_each_headline_are_one_box()
    {
        string html = ArticleHtml + """
            <aside>
              <p>Latest Columns</p>
              <div class="card"><a href="/c1.html">Why the rail yard waited forty years</a>
                <span class="date">12/19/2025</span>
                <p>The yard closed in 1985, and every plan since then stalled on who would pay to clean the ground under the old tracks.</p></div>
              <div class="card"><a href="/c2.html">What a river park does for house prices</a>
                <span class="date">12/18/2025</span>
                <p>Economists who studied a dozen riverside parks found that prices rose most within a short walk of the water and its trails.</p></div>
              <div class="card"><a href="/c3.html">The signal tower nobody wants to lose</a>
                <span class="date">12/17/2025</span></div>
            </aside>
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractHtml(html).LinkLists);

        Assert.Equal("Latest Columns", list.Title);
        Assert.Equal(["Why the rail yard waited forty years", "What a river park does for house prices", "The signal tower nobody wants to lose"], list.Links.Select(l => l.Text));
    }

    [Fact]
    public void A_tab_strip_titles_the_box_with_its_first_label()
    {
        string html = ArticleZhHtml + """
            <div class="rank">
              <div class="tabs"><a href="#read">阅读排行</a><a href="#comment">评论排行</a></div>
              <ul>
                <li><a href="/r1.html">老旧小区加装电梯进入快车道</a></li>
                <li><a href="/r2.html">地铁三号线一期全线洞通 明年开通试运营</a></li>
                <li><a href="/r3.html">春茶开采 直播间里卖出“头茬鲜”</a></li>
              </ul>
            </div>
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractHtml(html).LinkLists);

        Assert.Equal("阅读排行", list.Title);
        Assert.Equal(3, list.Links.Count);
    }

    [Fact]
    public void Menus_share_bars_and_boxes_without_a_heading_make_no_list()
    {
        string html = """
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
            <div class="menu"><h4>Sections</h4><ul><li><a href="/a">Arts</a></li><li><a href="/b">Books</a></li><li><a href="/c">Travel</a></li></ul></div>
            """ + ArticleHtml + """
            <div class="share"><h4>Share this article</h4><ul><li><a href="/fb">Facebook</a></li><li><a href="/tw">Twitter</a></li><li><a href="/em">Email</a></li></ul></div>
            <ul>
              <li><a href="/x">Ferry service resumes after three-month gap</a></li>
              <li><a href="/y">Lifeboat crew rescues two kayakers off the point</a></li>
              <li><a href="/z">Bypass route goes on public display next week</a></li>
            </ul>
            """;

        Assert.Empty(ContentExtractor.Default.ExtractHtml(html).LinkLists);
    }

    [Fact]
    public void A_box_that_runs_into_a_copy_of_the_navigation_stops_there()
    {
        string html = """
            <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul>
            """ + ArticleHtml + """
            <ul>
              <li>TRENDING:</li>
              <li><a href="/t/flood">River flood warning</a></li>
              <li><a href="/t/budget">School budget</a></li>
              <li><a href="/t/bridge">Main Street bridge</a></li>
              <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li>
            </ul>
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractHtml(html).LinkLists);

        Assert.Equal("TRENDING:", list.Title);
        Assert.Equal(["River flood warning", "School budget", "Main Street bridge"], list.Links.Select(l => l.Text));
    }

    [Fact]
    public void Section_headings_and_lists_inside_the_article_stay_in_the_body()
    {
        string html = """
            <h1>How the park will be paid for</h1>
            <p>The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the families of the east side.</p>
            <h2>Where the money comes from</h2>
            <ul>
              <li>A state grant covers the cleanup of the former rail yard and its sheds.</li>
              <li>The city pays for the trails and the boat launch from its capital budget.</li>
              <li>A local foundation has pledged the playground and the benches.</li>
            </ul>
            <p>Construction crews are expected to begin clearing the site in April, after the state signs off on the environmental review of the former yard and its buildings.</p>
            """;
        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Empty(document.LinkLists);
        Assert.Contains("Where the money comes from", document.Text, StringComparison.Ordinal);
        Assert.Contains("local foundation", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_plain_dump_headline_lines_under_a_heading_that_names_a_box_are_its_entries()
    {
        const string text = """
            溪南市老年助餐服务实现街道全覆盖

            记者从市民政局获悉，截至今年三月底，全市已建成社区老年食堂一百二十余家，覆盖全部街道，每天为一万多名老年人提供午餐和晚餐服务。

            市民政局有关负责人介绍，下一步将推动助餐服务向农村延伸，并通过中央厨房统一配送的方式降低运营成本，让更多老人吃得上、吃得起、吃得好。

            推荐阅读

            老旧小区加装电梯进入快车道

            地铁三号线一期全线洞通 明年开通试运营

            春茶开采 直播间里卖出“头茬鲜”

            联系我们

            网站地图 | 隐私声明 | 使用帮助
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractText(text).LinkLists);

        Assert.Equal("推荐阅读", list.Title);
        Assert.Equal(["老旧小区加装电梯进入快车道", "地铁三号线一期全线洞通 明年开通试运营", "春茶开采 直播间里卖出“头茬鲜”"], list.Links.Select(l => l.Text));
    }

    [Fact]
    public void Dated_headlines_in_a_text_dump_are_entries_without_their_dates()
    {
        const string text = """
            溪南市老年助餐服务实现街道全覆盖

            记者从市民政局获悉，截至今年三月底，全市已建成社区老年食堂一百二十余家，覆盖全部街道，每天为一万多名老年人提供午餐和晚餐服务。

            市民政局有关负责人介绍，下一步将推动助餐服务向农村延伸，并通过中央厨房统一配送的方式降低运营成本，让更多老人吃得上、吃得起、吃得好。

            相关新闻
            · 市民政局召开全市养老服务工作推进会 2024/05/12
            · 城东街道樟树社区获评省级示范性老年友好社区 2024/05/10
            · 老旧小区加装电梯进入快车道 2024/05/08
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractText(text).LinkLists);

        Assert.Equal("相关新闻", list.Title);
        Assert.Equal(["市民政局召开全市养老服务工作推进会", "城东街道樟树社区获评省级示范性老年友好社区", "老旧小区加装电梯进入快车道"], list.Links.Select(l => l.Text));
    }

    private const string DumpArticle = """
        Council approves river park after long debate

        The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the families of the east side.

        Construction crews are expected to begin clearing the site in April, after the state signs off on the environmental review of the former yard and its buildings.

        Residents who spoke at the meeting were mostly in favour, although several asked the council to keep the old signal tower as a landmark for the neighbourhood.

        """;

    [Theory]
    [InlineData('*', '+')]
    [InlineData('•', '□')]
    public void In_a_text_dump_each_nested_list_is_named_by_the_outer_item_over_it(char outer, char inner)
    {
        string text = DumpArticle + $"""
            Site links

                 {outer} Contact
                      {inner} Help Center
                      {inner} Contact Us
                      {inner} Press Office
                      {inner} Reprints
                 {outer} Podcasts
                      {inner} Morning Briefing
                      {inner} The Long Read
                      {inner} City Hall Weekly
                 {outer} Editions
                      {inner} Print Edition
                      {inner} Digital Archive
                      {inner} Gift Cards
                 {outer} Follow
            """;
        var lists = ContentExtractor.Default.ExtractText(text).LinkLists;

        Assert.Equal(["Contact", "Podcasts", "Editions"], lists.Select(l => l.Title));
        Assert.Equal(["Help Center", "Contact Us", "Press Office", "Reprints"], lists[0].Links.Select(l => l.Text));
        Assert.Equal(["Print Edition", "Digital Archive", "Gift Cards"], lists[2].Links.Select(l => l.Text));
    }

    [Fact]
    public void In_a_text_dump_a_deeper_line_with_the_same_bullet_is_no_nested_list()
    {
        // A dump's columns can shift one line of a list to the right; the renderer would have drawn a level with another bullet.
        string text = DumpArticle + """
            Most read

              * Bridge repairs close the east road for a month
                  * Library opens a reading garden on its roof
              * School board names a new head for the district
              * Farmers market returns to the square in May
            """;
        var list = Assert.Single(ContentExtractor.Default.ExtractText(text).LinkLists);

        Assert.Equal("Most read", list.Title);
        Assert.Equal(4, list.Links.Count);
    }

    [Fact]
    public void In_a_plain_dump_short_lines_under_an_ordinary_heading_are_no_list()
    {
        const string text = """
            Council approves river park

            The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the east side.

            Construction crews are expected to begin clearing the site in April, after the state signs off on the environmental review of the former yard.

            Opening hours

            Weekdays from seven in the morning

            Weekends from eight in the morning

            Closed on public holidays
            """;

        Assert.Empty(ContentExtractor.Default.ExtractText(text).LinkLists);
    }

    [Fact]
    public void Numbered_entries_with_ranks_on_their_own_lines_and_the_more_line_under_a_box_are_read()
    {
        const string text = """
            Council approves river park

            The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the east side.

            Construction crews are expected to begin clearing the site in April, after the state signs off on the environmental review of the former yard.

            Most read

            1

            Storm knocks out power to 3,000 homes

            2

            Farmers market returns to the square

            3

            Library extends weekend hours through summer

            More from Local News

            • School board delays vote on new calendar
            • Bridge repairs to close Main Street for a week
            • Harbour car park charges to rise from May

            • Contact us
            • Advertise
            """;
        var lists = ContentExtractor.Default.ExtractText(text).LinkLists;

        Assert.Equal(["Most read", "More from Local News"], lists.Select(l => l.Title));
        Assert.Equal(["Storm knocks out power to 3,000 homes", "Farmers market returns to the square", "Library extends weekend hours through summer"], lists[0].Links.Select(l => l.Text));
        Assert.Equal(3, lists[1].Links.Count);
    }

    [Fact]
    public void A_linked_section_label_over_a_list_of_headlines_heads_it()
    {
        string html = ArticleHtml + """
            <div class="rail">
            <a href="/business/">Harbour Business</a>
            <ul>
            <li><a href="/b/1">Ferry operator adds a late sailing for the summer season</a></li>
            <li><a href="/b/2">Fish market reopens after a year of repairs to its roof</a></li>
            <li><a href="/b/3">Shipyard hires two hundred welders for the new contract</a></li>
            </ul>
            </div>
            """;

        var list = Assert.Single(ContentExtractor.Default.ExtractHtml(html).LinkLists);

        Assert.Equal("Harbour Business", list.Title);
        Assert.Equal(3, list.Links.Count);
    }

    [Fact]
    public void Linked_labels_over_bulleted_links_head_one_box_each()
    {
        string html = ArticleZhHtml + """
            <table>
            <tr><td><a href="/a/">商机速递</a></td></tr>
            <tr><td>• <a href="/a/1">社区早餐店加盟指南</a></td></tr>
            <tr><td>• <a href="/a/2">乡村民宿改造经验分享</a></td></tr>
            <tr><td>• <a href="/a/3">小型烘焙工坊开店攻略</a></td></tr>
            <tr><td><a href="/a/more">更多&gt;&gt;</a></td></tr>
            <tr><td><a href="/b/">行业展会</a></td></tr>
            <tr><td>• <a href="/b/1">春季农机博览会即将开幕</a></td></tr>
            <tr><td>• <a href="/b/2">沿海渔业装备展览会招展</a></td></tr>
            <tr><td>• <a href="/b/3">城市园林绿化材料交易会</a></td></tr>
            </table>
            """;

        var lists = ContentExtractor.Default.ExtractHtml(html).LinkLists;

        Assert.Equal(["商机速递", "行业展会"], lists.Select(list => list.Title));
        Assert.All(lists, list => Assert.Equal(3, list.Links.Count));
    }

    [Fact]
    public void A_linked_menu_item_over_short_section_links_heads_nothing()
    {
        string html = ArticleHtml + """
            <div class="rail">
            <a href="/sections/">Sections</a>
            <ul>
            <li><a href="/news/">News</a></li>
            <li><a href="/sport/">Sport</a></li>
            <li><a href="/arts/">Arts</a></li>
            <li><a href="/food/">Food</a></li>
            </ul>
            </div>
            """;

        Assert.Empty(ContentExtractor.Default.ExtractHtml(html).LinkLists);
    }

    private const string DumpCardsWithSummaries = DumpArticle + """
        Latest stories

          • Bridge repairs close the east road for a month
            November 19, 2019
            Crews will close the east road from Monday while they replace the deck of the old bridge over the creek, the county said.
          • Library opens a reading garden on its roof
            The garden, planted by volunteers over the summer, will be open to readers on weekdays from nine until the library closes.
          • School board names a new head for the district
            November 17, 2019
            The board chose the deputy head of a school in the next county after a search that took most of the year.
          • Farmers market returns to the square in May
            November 16, 2019
        """;

    [Fact]
    public void In_a_text_dump_cards_whose_dates_and_summaries_do_not_repeat_line_for_line_are_one_box()
    {
        var list = Assert.Single(ContentExtractor.Default.ExtractText(DumpCardsWithSummaries).LinkLists);

        Assert.Equal("Latest stories", list.Title);
        Assert.Equal(
            ["Bridge repairs close the east road for a month", "Library opens a reading garden on its roof", "School board names a new head for the district", "Farmers market returns to the square in May"],
            list.Links.Select(l => l.Text));
    }

    [Fact]
    public void Without_the_dump_card_summaries_rule_the_box_stops_at_its_first_card()
    {
        var options = new ExtractionOptions { DisabledRules = new HashSet<ContentExtract.Pipeline.Rule> { ContentExtract.Pipeline.Rule.DumpCardSummaries } };

        Assert.Empty(new ContentExtractor(options).ExtractText(DumpCardsWithSummaries).LinkLists);
    }
}
