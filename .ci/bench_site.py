"""Static bench site: N sources, each a bureau-style list page of dated rows linking to article
pages of seeded made-up Chinese text (distinct per article, so dedup stores each one), plus
robots.txt. Files only: nginx serves them, and answers conditional requests with 304 from the
files' mtime and size.

    sources/s0001/list.html      the list page (newest row first)
    sources/s0001/a0001.html …   its articles
"""
import datetime
import os
import random

# Common characters of bureau notices, enough of them that two articles' texts share few
# shingles (their SimHashes stay far apart).
ALPHABET = ("国家邮政局管理快递业务市场监督安全生产服务质量行业发展会议工作通知要求各单位落实推进"
            "寄递物流农村网点建设投递普遍信箱绿色包装消费者投诉申诉处理检查整治专项活动部署"
            "年度季度重点任务目标强化责任制度规范经营法律法规标准提升能力基础设施体系完善")
PARAGRAPHS = 4
PARAGRAPH_CHARACTERS = 120
FIRST_DAY = datetime.date(2026, 1, 1)


def source_id(number):
    return f"s{number:04d}"


def list_path(root, number):
    return os.path.join(root, "sources", source_id(number), "list.html")


def article_title(number, article):
    return f"第{number}局工作动态第{article}号：邮政管理局召开寄递安全专题会议"


def article_day(article):
    return FIRST_DAY + datetime.timedelta(days=article)


def article_html(number, article):
    rng = random.Random(number * 1_000_003 + article)
    title = article_title(number, article)
    day = article_day(article).isoformat()
    body = "\n".join(
        "<p>" + "".join(rng.choice(ALPHABET) for _ in range(PARAGRAPH_CHARACTERS)) + f"，第{number}-{article}-{p}项。</p>"
        for p in range(PARAGRAPHS))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_邮政管理局</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{day} 10:30">
<meta name="ContentSource" content="邮政管理局"></head>
<body>
<div class="header"><ul class="nav"><li><a href="list.html">首页</a></li><li><a href="list.html">工作动态</a></li></ul></div>
<div class="detail"><h1>{title}</h1>
<div class="info">发布时间：{day}　来源：邮政管理局</div>
<div class="detail-news">
{body}
</div></div>
<div class="footer"><p>主办单位：邮政管理局</p><p>京ICP备05084302号</p></div>
</body></html>
"""


def list_html(number, articles):
    rows = "\n".join(
        f'<li><a href="a{a:04d}.html" target="_blank">{article_title(number, a)}</a>'
        f"<span>{article_day(a).isoformat()}</span></li>"
        for a in sorted(articles, reverse=True))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>工作动态_{source_id(number)}</title></head>
<body>
<div class="header"><ul class="nav"><li><a href="list.html">首页</a></li><li><a href="list.html">工作动态</a></li></ul></div>
<div class="list-right"><ul class="list">
{rows}
</ul></div>
<div class="footer">京ICP备05084302号</div>
</body></html>
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def generate(root, sources, rows):
    """Writes robots.txt and `sources` list pages of `rows` articles each."""
    write(os.path.join(root, "robots.txt"), "User-agent: *\nDisallow: /private/\n")
    for number in range(1, sources + 1):
        for article in range(1, rows + 1):
            write(os.path.join(root, "sources", source_id(number), f"a{article:04d}.html"), article_html(number, article))
        write(list_path(root, number), list_html(number, range(1, rows + 1)))


def add_article(root, number, rows):
    """Publishes article `rows + 1` on source `number`: its page, then the list row linking to it."""
    article = rows + 1
    write(os.path.join(root, "sources", source_id(number), f"a{article:04d}.html"), article_html(number, article))
    write(list_path(root, number), list_html(number, range(1, article + 1)))


def sources_yaml(base_url, numbers, state_dir, watch_dir, per_host, extra=""):
    """A config polling the list pages `numbers` of the site at `base_url`."""
    lines = [f"state_dir: {state_dir}", f"watch_dir: {watch_dir}", extra,
             "defaults:", "  interval: 10m", f"  per_host: {per_host}", "sources:"]
    for number in numbers:
        lines += [f"  - id: {source_id(number)}", f"    name: 邮政管理局 {number}", "    kind: bureau",
                  f"    url: {base_url}/sources/{source_id(number)}/list.html"]
    return "\n".join(line for line in lines if line) + "\n"
