/// The pages' Mustache templates. `{{name}}` escapes HTML; nothing here uses the unescaped
/// `{{{name}}}` form, so everything stored (titles, messages, URLs) reaches the page as text.
/// Labels are in Chinese and English; the data is shown as stored.
enum PageTemplates {
    static let all: [String: String] = [
        "head": head, "foot": foot, "notices": notices, "article": article,
        "sources": sources, "deliveries": deliveries, "missing": missing, "link": link,
    ]

    static let head = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{pageTitle}} · bureauwatch</title>
        <link rel="alternate" type="application/atom+xml" title="bureauwatch" href="/feed.xml">
        <style>
        body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC",sans-serif;margin:0;color:#1d2329;background:#f6f7f9;line-height:1.5}
        header{background:#24405c;color:#fff;padding:.6em 1em}header a{color:#fff;margin-right:1em;text-decoration:none}
        header strong{margin-right:1.5em}main{max-width:60em;margin:0 auto;padding:1em}
        h1{font-size:1.35em}h2{font-size:1.1em;margin-top:1.5em}a{color:#1f5a99}
        form.filters{display:flex;flex-wrap:wrap;gap:.5em;align-items:end;background:#fff;padding:.7em;border-radius:6px}
        form.filters label{display:flex;flex-direction:column;font-size:.85em}
        input,select,button{font:inherit;padding:.25em .4em}
        ol.notices{list-style:none;padding:0}ol.notices li{background:#fff;margin:.5em 0;padding:.7em;border-radius:6px}
        .title{font-weight:bold;font-size:1.05em}.meta{color:#56606b;font-size:.88em}
        .removed{color:#9a1c1c}.failing{color:#9a1c1c;font-weight:bold}.ok{color:#23703a}.idle{color:#56606b}
        table{border-collapse:collapse;width:100%;background:#fff;font-size:.9em}
        th,td{border-bottom:1px solid #dde1e6;padding:.35em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
        .scroll{overflow-x:auto}.body p{white-space:pre-wrap}
        pre.diff{background:#fff;padding:.5em;white-space:pre-wrap;overflow-wrap:anywhere}
        .added{background:#e3f6e6;display:block}.dropped{background:#fbe4e4;display:block;text-decoration:line-through}
        </style>
        </head>
        <body>
        <header><strong>bureauwatch</strong><a href="/">通知 Notices</a><a href="/sources">来源 Sources</a><a href="/deliveries">推送 Deliveries</a><a href="/feed.xml">订阅 Feed</a></header>
        <main>
        """

    static let foot = """
        <p class="meta">时间为北京时间 Times are China time (UTC+8).</p>
        </main>
        </body>
        </html>

        """

    static let notices = """
        {{> head}}
        <h1>最新通知 Recent notices</h1>
        <form class="filters" method="get" action="/">
        <label>搜索 Search<input type="search" name="q" value="{{query}}"></label>
        <label>来源 Source<select name="source"><option value="">全部 All</option>{{#sourceOptions}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/sourceOptions}}</select></label>
        <label>起 Since<input type="date" name="since" value="{{since}}"></label>
        <label>止 Until<input type="date" name="until" value="{{until}}"></label>
        <button type="submit">筛选 Filter</button>
        </form>
        {{#problem}}<p class="failing">{{problem}}</p>{{/problem}}
        <p class="meta" id="summary">{{summary}}</p>
        <ol class="notices">
        {{#rows}}
        <li class="notice"><a class="title" href="/articles/{{shortID}}">{{title}}</a>{{#removed}} <span class="removed">已删除 removed</span>{{/removed}}
        <div class="meta">{{bureau}} · 发布 published {{published}} · 来源 source <span class="source">{{sourceName}}</span> · 镜像 mirrors {{mirrors}}{{#versionNote}} · {{versionNote}}{{/versionNote}}</div>
        {{#hasAttachments}}<div class="meta">附件 Attachments: {{#attachments}}{{> link}} {{/attachments}}</div>{{/hasAttachments}}
        </li>
        {{/rows}}
        </ol>
        {{> foot}}
        """

    static let article = """
        {{> head}}
        <h1 id="title">{{title}}</h1>
        {{#removed}}<p class="removed">已删除 Removed: the bureau's page answered 404/410.</p>{{/removed}}
        <div class="scroll"><table>
        <tr><th>编号 ID</th><td>{{shortID}}</td></tr>
        <tr><th>发布机关 Publisher</th><td>{{publisher}}</td></tr>
        <tr><th>发布 Published</th><td>{{published}}</td></tr>
        {{#documentNumber}}<tr><th>文号 Document number</th><td>{{documentNumber}}</td></tr>{{/documentNumber}}
        <tr><th>来源 Source</th><td>{{sourceName}}</td></tr>
        <tr><th>原文 Canonical page</th><td>{{#canonical}}{{> link}}{{/canonical}}</td></tr>
        <tr><th>首见 First seen</th><td>{{firstSeen}}</td></tr>
        </table></div>
        <div class="body">{{#paragraphs}}<p>{{.}}</p>{{/paragraphs}}</div>
        {{#hasAttachments}}<h2>附件 Attachments</h2><ul>{{#attachments}}<li>{{> link}}</li>{{/attachments}}</ul>{{/hasAttachments}}
        <h2>出处 Sightings ({{sightingCount}})</h2>
        <div class="scroll"><table><tr><th>来源 Source</th><th>类型 Kind</th><th>见于 Seen</th><th>网址 URL</th></tr>
        {{#sightings}}<tr><td>{{sourceName}}</td><td>{{kind}}</td><td>{{seenAt}}</td><td>{{#link}}{{> link}}{{/link}}</td></tr>{{/sightings}}
        </table></div>
        <h2>版本 Versions ({{versionCount}})</h2>
        <div class="scroll"><table><tr><th>版本 Version</th><th>抓取 Fetched</th><th>标题 Title</th><th>SHA-256</th></tr>
        {{#versions}}<tr><td>v{{number}}</td><td>{{fetchedAt}}</td><td>{{title}}</td><td>{{sha}}</td></tr>{{/versions}}
        </table></div>
        {{#diff}}
        <h2>差异 Changes v{{from}} → v{{to}} <span class="meta">(+{{added}} −{{removed}})</span></h2>
        {{#hasChoices}}<p class="meta">比较 Compare: {{#choices}}<a href="?from={{from}}&amp;to={{to}}">v{{from}}→v{{to}}</a> {{/choices}}</p>{{/hasChoices}}
        <pre class="diff">{{#lines}}{{#isAdded}}<span class="added">+ {{text}}</span>{{/isAdded}}{{#isRemoved}}<span class="dropped">− {{text}}</span>{{/isRemoved}}{{#isSame}}  {{text}}
        {{/isSame}}{{/lines}}</pre>
        {{/diff}}
        {{#diffNote}}<p class="meta">{{diffNote}}</p>{{/diffNote}}
        {{> foot}}
        """

    /// A link when the URL is http(s), else the URL as text.
    static let link = """
        {{#href}}<a href="{{href}}">{{text}}</a>{{/href}}{{^href}}{{text}}{{/href}}
        """

    static let sources = """
        {{> head}}
        <h1>来源 Sources</h1>
        <div class="scroll"><table id="sources"><tr><th>来源 Source</th><th>状态 State</th><th>上次成功 Last success</th><th>下次抓取 Next poll</th><th>最近错误 Last error</th></tr>
        {{#rows}}<tr class="source" data-source="{{id}}"><td><strong>{{name}}</strong><div class="meta">{{id}} · {{kind}} · 每 every {{interval}}</div><div class="meta">{{url}}</div></td>
        <td class="{{stateClass}}">{{stateLabel}}{{#failures}} ×{{failures}}{{/failures}}</td><td>{{lastSuccess}}</td><td>{{nextPoll}}</td><td>{{#lastError}}{{lastError}}<div class="meta">{{lastErrorAt}}</div>{{/lastError}}</td></tr>{{/rows}}
        </table></div>
        {{> foot}}
        """

    static let deliveries = """
        {{> head}}
        <h1>推送 Deliveries</h1>
        <h2>Webhooks</h2>
        <div class="scroll"><table id="webhooks"><tr><th>Webhook</th><th>格式 Format</th><th>待发 Pending</th><th>失败中 Failing</th></tr>
        {{#webhooks}}<tr><td><strong>{{id}}</strong><div class="meta">{{url}}</div></td><td>{{format}}</td><td>{{pending}}</td><td{{#failing}} class="failing"{{/failing}}>{{failing}}</td></tr>{{/webhooks}}
        </table></div>
        {{^webhooks}}<p class="meta">没有配置 webhook · No webhooks configured.</p>{{/webhooks}}
        <h2>待发送 Pending deliveries ({{pendingCount}})</h2>
        <div class="scroll"><table id="pending"><tr><th>事件 Event</th><th>Webhook</th><th>尝试 Attempts</th><th>创建 Created</th><th>下次 Next attempt</th><th>错误 Last error</th></tr>
        {{#entries}}<tr{{#failing}} class="failing"{{/failing}}><td>{{event}}<div class="meta">{{deliveryID}}</div></td><td>{{webhookID}}</td><td>{{attempts}}</td><td>{{createdAt}}</td><td>{{nextAttemptAt}}</td><td>{{lastError}}</td></tr>{{/entries}}
        </table></div>
        {{#truncated}}<p class="meta">只显示前 {{shown}} 条 · Showing the first {{shown}}.</p>{{/truncated}}
        {{> foot}}
        """

    static let missing = """
        {{> head}}
        <h1>{{pageTitle}}</h1>
        <p>{{message}}</p>
        <p><a href="/">返回通知 Back to the notices</a></p>
        {{> foot}}
        """
}
