#!/usr/bin/env python3
"""Builds the seed-*.html fixtures from ../shared/seeds (run once at authoring time; the
outputs are committed). Each seed is wrapped in the page template of the site it came from,
with the seed's own chrome lines placed where that template shows them. GBK copies are made
with `iconv -f UTF-8 -t GBK`, as the task asks, so their bytes are what a GBK server sends."""
import html, pathlib, subprocess, sys

SEEDS = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds")
OUT = pathlib.Path(__file__).resolve().parent

def seed(prefix):
    path = next(SEEDS.glob(prefix + "_*.txt"))
    return path.read_text(encoding="utf-8").split("\n")

def esc(text):
    return html.escape(text, quote=False)

def paragraphs(lines):
    return "\n".join(f"<p>{esc(line)}</p>" for line in lines if line.strip())

TXYDDY_NAV = """<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/list/shjd/">社会监督</a></li><li><a href="/list/zcfg/">政策法规</a></li>
<li><a href="/list/hydt/">行业动态</a></li><li><a href="/list/qytj/">企业推荐</a></li><li><a href="/list/dfxx/">地方信息</a></li>
</ul></div>"""

def txyddy_footer(lines):
    """The txyddy.org.cn footer: disclaimer, sponsor, copyright, ICP, contacts."""
    return "<div class=\"footer\">\n" + "\n".join(f"<p>{esc(l)}</p>" for l in lines if l.strip()) + "\n</div>"

def txyddy(title, meta_line, body, tail_before_footer, footer, charset="utf-8", column="社会监督"):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(title)}-通讯邮递调研网</title>
<meta name="keywords" content="邮政,快递,{esc(column)}">
<link rel="stylesheet" href="/static/css/style.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问 通讯邮递调研网</span><span class="login"><a href="/member/login.html">登录</a> | <a href="/member/reg.html">注册</a></span></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/static/images/logo.png" alt="通讯邮递调研网"></a></div></div>
{TXYDDY_NAV}
<div class="w1200 main">
<div class="position">当前位置: <a href="/">首页</a> &gt; <a href="/list/shjd/">{esc(column)}</a> &gt; 正文</div>
<div class="left">
<div class="article">
<h1 class="title">{esc(title)}</h1>
<div class="info">{esc(meta_line)}</div>
<div class="content" id="content">
{paragraphs(body)}
</div>
{tail_before_footer}
</div>
</div>
<div class="right"><div class="hot"><h3>热点推荐</h3><ul>
<li><a href="/show/10231.html">国家邮政局召开全国邮政管理工作会议</a></li>
<li><a href="/show/10232.html">邮政快递业服务质量持续提升</a></li>
<li><a href="/show/10233.html">快递进村工程取得新进展</a></li>
</ul></div></div>
</div>
<div class="footlinks"><a href="/about/">本网概况</a> <a href="/contact/">联系我们</a> <a href="/member/">会员服务</a> <a href="/disclaimer/">免责声明</a> <a href="/sitemap/">网站地图</a></div>
{footer}
</body>
</html>
"""

def write(name, text, encoding="utf-8"):
    data = text.encode("utf-8")
    if encoding == "gbk":
        data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "GBK"], input=data, check=True,
                              capture_output=True).stdout
    (OUT / name).write_bytes(data)

def seed_000():
    lines = seed("000")
    body, footer = lines[1:10], lines[10:]
    title = "八省区市邮政管理局召开2024年半年工作会"
    meta = "发布日期:2024-07-26    来源: 国家邮政局   作者:佚名"
    page = txyddy(title, meta, body, "", txyddy_footer(footer), column="行业动态")
    write("seed-000-mirror.html", page)
    write("seed-000-gbk.html", page.replace("charset=utf-8", "charset=gb2312"), encoding="gbk")
    # The same GBK bytes behind a template that claims UTF-8: a real mislabelling.
    write("seed-000-gbk-declared-utf8.html", page, encoding="gbk")

def seed_002():
    lines = seed("002")
    title, meta = lines[4], lines[6]
    body = [l for l in lines[8:17] if l.strip()]
    original, disclaimer = lines[21], lines[22]
    footer = [l for l in lines[24:] if l.strip()]  # line 23 is the footer link row
    tail = f"""<div class="source">{esc(original)}</div>
<div class="mzsm">{esc(disclaimer)}</div>"""
    write("seed-002-mirror.html", txyddy(title, meta, body, tail, txyddy_footer(footer)))

def seed_001():
    lines = seed("001")
    title, byline, age = lines[2], lines[4], lines[5]
    body = [l for l in lines[7:21] if l.strip()]
    source, disclaimer = lines[21], lines[22]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{esc(title)} | 物流报</title>
<meta name="generator" content="WordPress 5.4">
<link rel="stylesheet" id="begin-style-css" href="https://www.56tim.com/wp-content/themes/begin/style.css" type="text/css">
</head>
<body class="post-template-default single single-post">
<header id="masthead" class="site-header"><nav id="site-nav" class="main-nav"><ul id="menu-main" class="down-menu nav-menu">
<li class="menu-item"><a href="https://www.56tim.com/">首页</a></li>
<li class="menu-item"><a href="https://www.56tim.com/category/news">物流资讯</a></li>
<li class="menu-item"><a href="https://www.56tim.com/category/qytj">企业推荐</a></li>
</ul></nav></header>
<div id="content" class="site-content">
<nav class="breadcrumb">{esc(lines[0]).replace("首页", '<a href="https://www.56tim.com/">首页</a>', 1)}</nav>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-187655" class="post-187655 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="begin-single-meta"><span class="meta-author">{esc(byline.split("浏览")[0].strip())}</span> <span class="views">浏览{esc(byline.split("浏览")[1])}</span></div>
<div class="begin-single-meta"><span class="my-date">{esc(age.replace(" 沙发", ""))}</span> <span class="comment"><a href="#respond">沙发</a></span></div>
<div class="entry-content"><div class="single-content">
{paragraphs(body)}
<p>{esc(source)}</p>
</div>
<div class="copyright-post"><p>{esc(disclaimer)}</p></div>
</div>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">发表评论</h3>
<form action="https://www.56tim.com/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">邮箱地址不会被公开。</p>
<textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" value="提交"></form>
</div></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright © 物流报 <a href="https://beian.miit.gov.cn/">粤ICP备19034826号</a></div></footer>
</body>
</html>
"""
    write("seed-001-mirror.html", page)

def seed_003():
    lines = [l for l in seed("003") if l.strip()]
    items = lines[1:-2]
    body = []
    for line in items:
        if len(line) <= 50 and not line.endswith("。") and not line.endswith(")"):
            body.append(f'<p><strong>{esc(line)}</strong></p>')
        else:
            body.append(f"<p>{esc(line)}</p>")
    statement, notice = lines[-2], lines[-1]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>江西快递行业党建和服务管理工作现场推进会召开|邮政|快递|党建_网易订阅</title>
<meta name="keywords" content="邮政,快递,党建">
<meta property="article:published_time" content="2025-12-19T16:40:12+08:00">
</head>
<body>
<div class="N-nav"><div class="N-nav-channel"><a href="https://news.163.com/">新闻</a><a href="https://sports.163.com/">体育</a><a href="https://money.163.com/">财经</a><a href="https://tech.163.com/">科技</a></div></div>
<div class="container clearfix">
<div class="post_main">
<h1 class="post_title">江西快递行业党建和服务管理工作现场推进会召开</h1>
<div class="post_info">2025-12-19 16:40:12　来源: <a href="https://www.163.com/dy/media/T1700000000000.html">快递观察</a></div>
<div class="post_body">
<p class="f_center"><img src="https://nimg.ws.126.net/?url=http%3A%2F%2Fdingyue.ws.126.net%2F2025%2F1219%2Fa1.jpeg" alt=""></p>
{chr(10).join(body)}
</div>
<div class="post_statement"><span class="bg"></span><p>{esc(statement)}</p><p>{esc(notice)}</p></div>
</div>
</div>
<div class="N-footer"><p>网易公司版权所有 ©1997-2025</p></div>
</body>
</html>
"""
    write("seed-003-digest.html", page)

def seed_004():
    lines = [l for l in seed("004") if l.strip()]
    title, date, body = lines[0], lines[1], lines[2:]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
</head>
<body>
<div id="header"><a href="/">繁體中文 · 郵政新聞</a></div>
<div id="main">
<h2 class="art-title">{esc(title)}</h2>
<div class="art-date">{esc(date)}</div>
<div class="art-body">
{paragraphs(body)}
</div>
</div>
<div id="footer">版權所有</div>
</body>
</html>
"""
    write("seed-004-traditional.html", page)

for build in (seed_000, seed_001, seed_002, seed_003, seed_004):
    build()
