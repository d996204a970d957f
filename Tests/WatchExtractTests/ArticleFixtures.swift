/// Small realistic article pages built from seed 002 (`../shared/seeds/002_*.txt`): the
/// bureau's own template with government meta tags, and a mirror's copy with its chrome.
enum ArticleFixtures {
    static let title = "河源、梅州、茂名、潮州局召开三季度政企联席会"
    static let firstSentence = "近日，河源、梅州、茂名、潮州市邮政管理局分别与市邮政分公司召开2023年第三季度邮政普遍服务政企联席会议，通报交流有关工作情况。"
    static let middleParagraph = "河源市邮政管理局强调，邮政企业要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，确保年度各项重点工作有序推进。"
    static let lastSentence = "潮州市邮政管理局要求，一要坚持以人民为中心的发展思想，强化使命担当，办好民生实事，深化农村寄递物流体系建设。"

    static let bureauPage = """
        <!DOCTYPE html><html><head><meta charset="utf-8">
        <title>\(title)_广东省邮政管理局</title>
        <meta name="ArticleTitle" content="\(title)">
        <meta name="PubDate" content="2023-10-26 09:30">
        <meta name="ContentSource" content="广东省邮政管理局">
        <meta name="ColumnName" content="工作动态">
        <meta name="Keywords" content="政企联席会">
        </head><body>
        <div class="header"><a href="/">首页</a> <a href="/gk">信息公开</a> <a href="/fw">政务服务</a></div>
        <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/dt">工作动态</a></div>
        <div class="detail">
          <h1>\(title)</h1>
          <div class="info">发布时间：2023-10-26　来源：广东省邮政管理局</div>
          <div class="detail-news">
            <p>　　\(firstSentence)</p>
            <p>　　\(middleParagraph)</p>
            <p>　　\(lastSentence)</p>
            <p>附件：<a href="/attach/202310/政企联席会议纪要.pdf">政企联席会议纪要.pdf</a></p>
            <p><a href="http://files.example.cn/t.xlsx?x=1">统计表</a></p>
          </div>
        </div>
        <div class="related"><h3>相关新闻</h3><ul>
          <li><a href="/a1.shtml">韶关局召开政企联席会</a> 2023-10-27</li>
          <li><a href="/a2.shtml">清远局召开政企联席会</a> 2023-10-28</li></ul></div>
        <div class="footer">版权所有：广东省邮政管理局 2026-11-20 更新 粤ICP备05032397号</div>
        </body></html>
        """

    static let mirrorPage = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <title>\(title)-通讯邮递调研网</title></head><body>
        <div class="top">欢迎访问 通讯邮递调研网</div>
        <div class="position">当前位置: <a href="/">首页</a> &gt; <a href="/shjd">社会监督</a> &gt; 正文</div>
        <table><tr><td class="left">
          <div class="con">
            <h2>\(title)</h2>
            <div class="time">发布日期:2023-10-26    来源: 广东省邮政管理局   作者:佚名</div>
            <div class="text">
              <p>\(firstSentence)</p>
              <p>\(middleParagraph)</p>
              <p>\(lastSentence)</p>
              <p>原文链接:<a href="http://gd.spb.gov.cn/gdsyzglj/c100057/c100061/202310/10855d15.shtml">http://gd.spb.gov.cn/gdsyzglj/c100057/c100061/202310/10855d15.shtml</a></p>
            </div>
          </div>
        </td><td class="right"><div class="hot"><ul>
          <li><a href="/b1.html">快递业务量保持增长</a> 2025-01-02</li>
          <li><a href="/b2.html">邮政普遍服务监督检查</a> 2025-01-03</li></ul></div></td></tr></table>
        <div class="foot">通讯邮递调研网 txyddy.org.cn 版权所有。 京ICP备14049160号-6 2026-11-20</div>
        </body></html>
        """

    /// A notice on the information-disclosure template.
    static let disclosurePage = """
        <html><head><meta charset="utf-8"><title>关于进一步加强寄递安全管理的通知_国家邮政局</title></head><body>
        <div class="xxgk"><table>
          <tr><td>索引号：</td><td>spb-2024-00041</td><td>发布机构：</td><td>国家邮政局</td></tr>
          <tr><td>发文字号：</td><td>国邮发〔2024〕41号</td><td>成文日期：</td><td>2024年7月18日</td></tr>
        </table>
        <h1>关于进一步加强寄递安全管理的通知</h1>
        <div class="content">
          <p>各省、自治区、直辖市邮政管理局：为进一步加强寄递安全管理，切实维护寄递渠道安全稳定，现就有关事项通知如下。</p>
          <p>一、落实企业主体责任。各寄递企业要严格执行收寄验视、实名收寄、过机安检三项制度，确保责任落实到岗到人。</p>
          <p>二、加强监督检查。各级邮政管理部门要加大执法检查力度，对违法违规行为依法严肃查处，并及时向社会公开。</p>
          <p>（国家邮政局）</p>
        </div></div></body></html>
        """
}
